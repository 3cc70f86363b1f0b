/**
 * A scripted background for popup tests: answers sendMessage() the way the
 * service worker does, from normalized seed templates.
 */
import { vi } from 'vitest';
import type { Failure, MessageType, Reply, RequestOf, ResponseOf, TemplateSummary } from '../../../src/shared/protocol';
import type { Template } from '../../../src/shared/template';
import { packSummaries } from '../../../src/shared/catalogue-list';
import { generateCatalogue, seedCatalogue } from '../../fakes/sendbird';
import { normalize } from '../shared/preview/helpers';

export const NOW = Date.UTC(2026, 10, 20, 9, 0, 0);

export const seedTemplates: Template[] = seedCatalogue().map(normalize);

/** As the background's templates.list handler: newest first, ties by key. */
export function summaries(templates: readonly Template[]): TemplateSummary[] {
  return [...templates]
    .sort((a, b) => b.updatedAt - a.updatedAt || a.key.localeCompare(b.key))
    .map((template) => ({ key: template.key, name: template.name, updatedAt: template.updatedAt, archived: template.archived, variables: template.variables.map((variable) => variable.name) }));
}

export function bigCatalogue(count: number): TemplateSummary[] {
  return summaries(generateCatalogue(count).map(normalize));
}

type ListReply = ResponseOf<'templates.list'>;
/** What the background answers to templates.list. */
export type ListAnswer = Reply<'templates.list'>;
type Handler<T extends MessageType> = (payload: RequestOf<T>) => Reply<T> | Promise<Reply<T>>;

export interface FakeBackend {
  configured: boolean;
  list: Handler<'templates.list'>;
  get: Handler<'templates.get'>;
  calls: { type: MessageType; payload: unknown }[];
}

export const ok = <T>(data: T) => ({ ok: true as const, data });
export const fail = (failure: Failure) => ({ ok: false as const, failure });

let versions = 0;

/** An answer carrying these summaries, packed as the background sends them; every answer is a new version. */
export const TEST_APP = { appId: '9DA1B1F4-0BE6-4DA8-82C5-2E81DAB56F23', host: 'api-9da1b1f4-0be6-4da8-82c5-2e81dab56f23.sendbird.com' };

export function listOf(templates: TemplateSummary[], extra: Partial<ListReply> = {}): ListReply {
  return { app: TEST_APP, duplicates: 0, version: `test#${++versions}`, total: templates.length, list: packSummaries(templates), fetchedAt: NOW - 60_000, stale: false, refreshing: false, skipped: 0, ...extra };
}

export function createBackend(overrides: Partial<FakeBackend> = {}): FakeBackend {
  const byKey = new Map(seedTemplates.map((template) => [template.key, template]));
  return {
    configured: true,
    list: () => ok(listOf(summaries(seedTemplates))),
    get: ({ key }) => {
      const template = byKey.get(key);
      return template ? ok({ template, app: TEST_APP }) : fail({ kind: 'sendbird', message: 'Sendbird could not find that template.' });
    },
    calls: [],
    ...overrides,
  };
}

/** Wires a FakeBackend into the mocked sendMessage. */
export function install(send: ReturnType<typeof vi.fn>, backend: FakeBackend): FakeBackend {
  send.mockImplementation(async (type: MessageType, payload: unknown) => {
    backend.calls.push({ type, payload });
    switch (type) {
      case 'setup.status':
        return ok(backend.configured ? { configured: true, appId: '9DA1B1F4-0BE6-4DA8-82C5-2E81DAB56F23' } : { configured: false });
      case 'templates.list':
        return backend.list(payload as RequestOf<'templates.list'>);
      case 'templates.get':
        return backend.get(payload as RequestOf<'templates.get'>);
      case 'settings.open':
        return ok({});
      default:
        return fail({ kind: 'rejected', message: `unexpected ${type}` });
    }
  });
  return backend;
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
