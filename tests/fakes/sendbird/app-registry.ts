import { indexCatalogue, type CatalogueIndex } from './catalogue-index.ts';
import type { SendbirdApp } from './types.ts';

export interface RegisteredApp {
  app: SendbirdApp;
  /** Built on first use, so setApp with a 5,000-template catalogue costs nothing until asked. */
  readonly catalogue: CatalogueIndex;
}

/**
 * The apps the stand-in serves, keyed by lowercased id (host names arrive
 * lowercased; app ids are written in upper case). Apps are copied in, so a
 * test that edits its own object afterwards cannot change what is served,
 * and reset() can always restore the starting set.
 */
export class AppRegistry {
  private readonly initial: SendbirdApp[];
  private readonly apps = new Map<string, RegisteredApp>();

  constructor(apps: readonly SendbirdApp[]) {
    this.initial = apps.map(copyApp);
    this.reset();
  }

  reset(): void {
    this.apps.clear();
    for (const app of this.initial) this.set(app);
  }

  set(app: SendbirdApp): void {
    const copy = copyApp(app);
    let catalogue: CatalogueIndex | undefined;
    this.apps.set(copy.appId.toLowerCase(), {
      app: copy,
      get catalogue() {
        catalogue ??= indexCatalogue(copy.templates);
        return catalogue;
      },
    });
  }

  get(appId: string): RegisteredApp | undefined {
    return this.apps.get(appId.toLowerCase());
  }
}

function copyApp(app: SendbirdApp): SendbirdApp {
  if (!app || typeof app.appId !== 'string' || app.appId.trim() === '') throw new TypeError('A Sendbird app needs a non-empty appId.');
  if (!Array.isArray(app.templates)) throw new TypeError(`App ${app.appId}: templates must be an array.`);
  return { appId: app.appId, apiToken: app.apiToken, integrationToken: app.integrationToken, templates: structuredClone(app.templates) };
}
