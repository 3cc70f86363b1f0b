import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';

/**
 * The content script's build, apart from @crxjs's, so that its web-accessible files
 * can be served only at the browser session's dynamic URL (`use_dynamic_url: true`)
 * and a page cannot probe `chrome-extension://<id>/…` to learn the extension is here.
 *
 * Why not @crxjs's: its content scripts are ES modules that import each other by
 * relative URL, started by a loader through `chrome.runtime.getURL`. With
 * `use_dynamic_url`, Chromium (156) answers a dynamic URL by redirecting to the static
 * one, so the module's own URL is `chrome-extension://<id>/…` and every relative
 * import from it (static or `import()`) asks for a static URL, which Chromium then
 * refuses to a web page ("Denying load … must be listed in web_accessible_resources").
 * So here every piece is one self-contained file with no imports:
 * - the declared content script (`CONTENT_SCRIPT`), a classic script injected by the
 *   browser (never fetched, so not web accessible). It is only a loader: its compile and
 *   evaluation at document start are all we do before the page's load event;
 * - the content script's body (`CONTENT_BODY`), which the loader imports by its dynamic
 *   URL once the page has loaded, in every dashboard frame; web accessible with
 *   use_dynamic_url, like the pieces below;
 * - each part it loads on first need (`LAZY_PIECES`), imported by its dynamic URL
 *   (`chrome.runtime.getURL`, src/content/lazy.ts), web accessible with use_dynamic_url.
 * The pieces share no module state: what one needs from another is passed in.
 */
export const CONTENT_SCRIPT = { file: 'assets/content.js', entry: 'src/content/index.ts' } as const;

export const CONTENT_BODY = { file: 'assets/content-body.js', entry: 'src/content/body.ts' } as const;

export const LAZY_PIECES = {
  picker: { file: 'assets/mount-picker.js', entry: 'src/content/picker/mount.tsx' },
  setup: { file: 'assets/mount-setup.js', entry: 'src/content/setup/mount-setup.ts' },
  fillFromPopup: { file: 'assets/fill-from-popup.js', entry: 'src/content/setup/fill-from-popup.ts' },
} as const;

/** Where the content script runs: CleverTap dashboards only, every frame of them. */
const MATCHES = ['https://*.dashboard.clevertap.com/*'];

/** One self-contained file from `entry` (no imports), into outDir/file. */
export async function buildPiece(root: string, outDir: string, entry: string, file: string, format: 'es' | 'iife') {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'chrome120',
      sourcemap: false,
      minify: true,
      modulePreload: false,
      lib: { entry: path.join(root, entry), formats: [format], name: 'sendbirdContent', fileName: () => file },
      rollupOptions: { output: { codeSplitting: false, minify: true } },
    },
  });
}

type Manifest = Record<string, unknown>;

/**
 * A build step that runs once @crxjs has written dist/ and its manifest.json: `work`
 * builds its own files into outDir and edits the manifest, which is written back after.
 * Sequential, so two such steps never read and write manifest.json at the same time.
 */
export function afterCrxjs(name: string, work: (root: string, outDir: string, manifest: Manifest) => Promise<void>): Plugin {
  let root = '';
  let outDir = '';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const manifestPath = path.join(outDir, 'manifest.json');
        const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
        await work(root, outDir, manifest);
        writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      },
    },
  };
}

/** Builds the content script and its lazy pieces into dist/ and declares them in the manifest @crxjs wrote. */
export function contentScripts(): Plugin {
  return afterCrxjs('sendbird:content-scripts', async (root, outDir, manifest) => {
    await buildPiece(root, outDir, CONTENT_SCRIPT.entry, CONTENT_SCRIPT.file, 'iife');
    await buildPiece(root, outDir, CONTENT_BODY.entry, CONTENT_BODY.file, 'es');
    for (const piece of Object.values(LAZY_PIECES)) await buildPiece(root, outDir, piece.entry, piece.file, 'es');
    manifest.content_scripts = [
      {
        matches: MATCHES,
        js: [CONTENT_SCRIPT.file],
        // Not document_idle: Chromium injects those just before the load event, and even an
        // empty one made the sandbox's campaign page load in 123 ms against 70 ms without the
        // extension; at document_start 75 ms (20 interleaved loads each, load average 4-7).
        // The script waits for the load itself, then imports its body (src/content/index.ts).
        run_at: 'document_start',
        // Older CleverTap editors are hosted in a same-origin frame of the dashboard
        // shell, some built in about:blank or srcdoc frames: the script runs in each.
        all_frames: true,
        match_origin_as_fallback: true,
      },
    ];
    manifest.web_accessible_resources = [{ matches: MATCHES, resources: [CONTENT_BODY, ...Object.values(LAZY_PIECES)].map((piece) => piece.file), use_dynamic_url: true }];
  });
}
