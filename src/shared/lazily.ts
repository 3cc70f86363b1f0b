/**
 * A value built the first time it is asked for, then kept. For zod schemas:
 * building one runs code, and a module that builds its schemas as it loads makes
 * every start pay for all of them. The service worker starts again for most picker
 * opens (MV3 stops it after 30 s idle) and answers one message then; building every
 * schema of the protocol at load was most of its top-level time (CPU profile of its
 * start, tests/bench/sw-cold-start.ts).
 */
export function lazily<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}
