import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { EXTENSION_DIST } from '../support/chromium';
import { campaignsUrl } from '../fakes/demo-app';
import { newWebhookCampaign, openEditor, picker } from './support/clevertap';

/**
 * Attack: a page script learns that the marketer runs this extension (and which
 * version) by loading its files at their static address, chrome-extension://<id>/…
 * (the id is public, on the Web Store). Every web-accessible file is served only at
 * the session's dynamic URL (use_dynamic_url: true), which only our own code knows.
 */
test('a page script cannot load any of our files at the static chrome-extension://<id>/ address; the picker still loads', async ({ context, extensionId, saveCredentials }) => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIST, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
    web_accessible_resources?: { resources: string[]; use_dynamic_url?: boolean }[];
  };
  const exposed = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
  expect(exposed.length).toBeGreaterThan(0);
  // The declared content script too: it is injected by the browser and never needs to be reachable.
  const probed = [...new Set([...exposed, ...manifest.content_scripts.flatMap((script) => script.js)])];

  await saveCredentials();
  const page = await context.newPage();
  await page.goto(campaignsUrl());
  // The probe, as a page script would run it: fetch each file, and import it as a module.
  const loaded = await page.evaluate(
    async ({ id, files }) => {
      const found: string[] = [];
      for (const file of files) {
        const url = `chrome-extension://${id}/${file}`;
        const fetched = await fetch(url).then(
          (response) => response.ok,
          () => false,
        );
        if (fetched) found.push(`fetch ${file}`);
        if (file.endsWith('.js')) {
          const imported = await import(/* @vite-ignore */ url).then(
            () => true,
            () => false,
          );
          if (imported) found.push(`import ${file}`);
        }
      }
      return found;
    },
    { id: extensionId, files: probed },
  );
  expect(loaded).toEqual([]);
  for (const entry of manifest.web_accessible_resources ?? []) expect(entry.use_dynamic_url).toBe(true);

  // Our own code still loads its files (by the dynamic URL): the picker appears in the editor.
  await newWebhookCampaign(page);
  await expect(picker(await openEditor(page)).getByRole('combobox', { name: 'Template' })).toBeVisible();
});
