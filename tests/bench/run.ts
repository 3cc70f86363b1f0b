/**
 * `npm run bench`: builds the extension and the CleverTap sandbox, starts the
 * stand-ins with an added latency per Sendbird request, measures in real
 * headless Chromium, prints a table and writes bench-results/latest.json and
 * bench-results/latest.md. See README, "Benchmark".
 *
 *   --latency <ms>   added to every Sendbird stand-in request (default 40)
 *   --runs <n>       runs per figure instead of each measurement's default
 *   --only <names>   comma-separated subset: bytes, page-load, picker, sync,
 *                    search, typing, popup, preview, leaks, sw-cold-start, sw-memory
 *   --no-build       measure the dist/ already built (copied first)
 *   --dist <dir>     measure this built extension instead (e.g. a branch's build, for before/after)
 *   --headed         show the browsers (default headless)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_INSTALL_HINT, EXTENSION_DIST, findChromium } from '../support/chromium';
import { measureBytes } from './bytes';
import { BenchEnv, type BenchOptions } from './env';
import { measureLeaks } from './leaks';
import { measurePageLoad } from './page-load';
import { measurePickerReady } from './picker-ready';
import { measurePreview } from './preview';
import { textTable, writeReport, type BenchReport, type Row } from './report';
import { measureSearch } from './search';
import { measureServiceWorkerColdStart } from './sw-cold-start';
import { measureSync } from './sync';
import { measurePopup } from './popup';
import { measureServiceWorkerMemory } from './sw-memory';
import { measureTyping } from './typing';

type Measurement = (env: BenchEnv) => Promise<{ rows: Row[]; details: Record<string, unknown> }>;

/** In the order they run: the browser-free figure first, then the ones that share the extension's browser. */
const MEASUREMENTS: Record<string, Measurement> = {
  bytes: async (env) => measureBytes(env.options.extensionDir),
  'page-load': measurePageLoad,
  picker: measurePickerReady,
  sync: measureSync,
  search: measureSearch,
  typing: measureTyping,
  popup: measurePopup,
  preview: measurePreview,
  leaks: measureLeaks,
  'sw-cold-start': measureServiceWorkerColdStart,
  'sw-memory': measureServiceWorkerMemory,
};

class UsageError extends Error {}

function parseArgs(argv: string[]): Omit<BenchOptions, 'extensionDir'> & { build: boolean; dist: string | undefined } {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    if (at < 0) return undefined;
    const next = argv[at + 1];
    if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
    return next;
  };
  const number = (name: string, min: number) => {
    const raw = value(name);
    if (raw === undefined) return undefined;
    const parsed = Number(raw);
    if (!Number.isFinite(parsed) || parsed < min) throw new UsageError(`${name} must be a number ≥ ${min}, got "${raw}"`);
    return parsed;
  };
  const known = new Set(['--latency', '--runs', '--only', '--no-build', '--dist', '--headed']);
  for (const arg of argv) if (arg.startsWith('--') && !known.has(arg)) throw new UsageError(`Unknown option ${arg}. Options: ${[...known].join(', ')}`);
  const onlyRaw = value('--only');
  const only = onlyRaw ? new Set(onlyRaw.split(',').map((name) => name.trim()).filter(Boolean)) : undefined;
  for (const name of only ?? []) if (!(name in MEASUREMENTS)) throw new UsageError(`--only: unknown measurement "${name}". Known: ${Object.keys(MEASUREMENTS).join(', ')}`);
  const runs = number('--runs', 1);
  return {
    latencyMs: number('--latency', 0) ?? 40,
    runs: runs === undefined ? undefined : Math.round(runs),
    only,
    headless: !argv.includes('--headed'),
    build: !argv.includes('--no-build') && value('--dist') === undefined,
    dist: value('--dist'),
  };
}

async function main() {
  const started = Date.now();
  const loadAtStart = loadavg()[0]!.toFixed(2);
  const options = parseArgs(process.argv.slice(2));
  // Taken before building: the working tree is shared and may change while the bench runs.
  const measured = options.dist ? `--dist ${options.dist}` : gitDescription();
  const chromium = findChromium();
  if (!chromium) throw new Error(CHROMIUM_INSTALL_HINT);
  const selected = Object.keys(MEASUREMENTS).filter((name) => !options.only || options.only.has(name));

  // The extension is built into (or, with --no-build / --dist, copied to) a private folder: dist/ is shared
  // with `npm test` and the demo, and a rebuild there in the middle of a run would pull files from under Chromium.
  const extensionDir = mkdtempSync(path.join(tmpdir(), 'sb-ct-bench-dist-'));
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  let chromiumVersion = `Chromium at ${chromium}`;
  let env: BenchEnv | undefined;
  try {
    if (options.build) {
      console.log('Building the extension and the CleverTap sandbox...');
      execFileSync('npm', ['run', '--silent', 'build', '--', '--logLevel', 'warn', '--outDir', extensionDir, '--emptyOutDir'], { stdio: 'inherit' });
      execFileSync('npm', ['run', '--silent', 'build:sandbox', '--', '--logLevel', 'warn'], { stdio: 'inherit' });
    } else {
      const source = path.resolve(options.dist ?? EXTENSION_DIST);
      if (!existsSync(path.join(source, 'manifest.json'))) throw new Error(`No built extension in ${source}; run \`npm run build\` first.`);
      cpSync(source, extensionDir, { recursive: true });
      if (!existsSync(path.join('tests/fakes/clevertap/dist', 'index.html'))) execFileSync('npm', ['run', '--silent', 'build:sandbox', '--', '--logLevel', 'warn'], { stdio: 'inherit' });
    }

    env = await BenchEnv.start({ ...options, extensionDir });
    console.log(`Sendbird stand-in on 127.0.0.1:${env.sendbird.port} (+${options.latencyMs} ms per request), CleverTap sandbox on 127.0.0.1:${env.clevertap.port}`);
    for (const name of selected) {
      const t0 = Date.now();
      process.stdout.write(`  ${name}...`);
      const result = await MEASUREMENTS[name]!(env);
      rows.push(...result.rows);
      Object.assign(details, result.details);
      process.stdout.write(` ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    }
    const browser = await env.browserVersion();
    if (browser) chromiumVersion = browser;
  } finally {
    await env?.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    commit: measured,
    node: process.version,
    chromium: chromiumVersion,
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${process.platform}, load average at start ${loadAtStart}`,
    latencyMs: options.latencyMs,
    durationS: (Date.now() - started) / 1000,
    measurements: selected,
    rows,
    details,
  };
  const written = writeReport(report);
  console.log(`\n${textTable(report)}\n`);
  console.log(`${report.chromium}, ${report.machine}, ${report.durationS.toFixed(0)} s. Wrote ${written.json} and ${written.md}`);
}

/** The commit measured, and whether the working tree differed from it (read-only git). */
function gitDescription(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'manifest.config.ts', 'vite.config.ts', 'package.json'], { encoding: 'utf8' }).trim();
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
