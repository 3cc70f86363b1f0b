/**
 * Bundles a tests/bench/in-page-*.ts entry for a browser page with Vite (the
 * extension's own bundler, React plugin and production React), as one IIFE.
 */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Rollup } from 'vite';

export async function bundleForPage(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    root: path.resolve(import.meta.dirname, '../..'),
    logLevel: 'silent',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      target: 'chrome120',
      emptyOutDir: false,
      lib: { entry: path.resolve(import.meta.dirname, entry), formats: ['iife'], name: '__bench', fileName: () => 'bench.js' },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((item): item is Rollup.OutputChunk => item.type === 'chunk' && item.isEntry);
  if (!chunk) throw new Error(`bundling ${entry} produced no entry chunk`);
  return chunk.code;
}
