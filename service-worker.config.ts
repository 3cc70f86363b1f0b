import type { Plugin } from 'vite';
import { afterCrxjs, buildPiece } from './content-scripts.config.ts';

/**
 * The service worker's build, apart from @crxjs's: one self-contained classic script.
 * MV3 stops the worker after 30 s idle, so most picker opens start it again, and each
 * start loads the worker anew. @crxjs's build split it into a loader and four chunks
 * shared with the pages (five loads per start); one file answered a stopped worker's
 * first message about 7 ms sooner (tests/bench/sw-cold-start.ts).
 * Classic, not a module: Chromium 156 keeps a V8 code cache for a classic worker script
 * and uses it at every start, but none for a module worker, which it compiles from source
 * each time. Trace of 8 starts each (load ~10): compile 8-11 ms as a module, 1.4-2.3 ms
 * classic (218 KB of cache consumed); running the top level 14-15 ms, 5-8 ms classic (its
 * functions come compiled from the cache too). The file imports nothing, so nothing is lost.
 */
export const SERVICE_WORKER = { file: 'service-worker.js', entry: 'src/background/index.ts' } as const;

/** Builds the worker into dist/ and declares it in the manifest @crxjs wrote (manifest.config.ts declares none). */
export function serviceWorker(): Plugin {
  return afterCrxjs('sendbird:service-worker', async (root, outDir, manifest) => {
    await buildPiece(root, outDir, SERVICE_WORKER.entry, SERVICE_WORKER.file, 'iife');
    manifest.background = { service_worker: SERVICE_WORKER.file };
  });
}
