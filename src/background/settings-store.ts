import { credentialsSchema, type Credentials } from '../shared/credentials';

/**
 * The saved credentials, in storage.local (kept across restarts). The background
 * restricts storage.local to trusted contexts at startup, so content scripts
 * cannot read it (see README, "Where the token lives").
 */
const CREDENTIALS_KEY = 'credentials.v1';

export async function loadCredentials(): Promise<Credentials | null> {
  const stored = await chrome.storage.local.get(CREDENTIALS_KEY);
  const parsed = credentialsSchema().safeParse(stored[CREDENTIALS_KEY]);
  return parsed.success ? parsed.data : null;
}

export async function saveCredentials(credentials: Credentials): Promise<void> {
  await chrome.storage.local.set({ [CREDENTIALS_KEY]: credentials });
}

export async function clearCredentials(): Promise<void> {
  await chrome.storage.local.remove(CREDENTIALS_KEY);
}

/** Keeps storage.local away from content scripts. Called at every worker start. */
export async function restrictStorageToTrustedContexts(): Promise<void> {
  const local = chrome.storage?.local as (chrome.storage.StorageArea & {
    setAccessLevel?: (options: { accessLevel: string }) => Promise<void>;
  }) | undefined;
  await local?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
}
