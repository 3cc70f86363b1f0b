// `npm run mutation:named`: the deliberate breaks issue #10 named, each made by hand in
// the trust-critical code and run against the mutation test set
// (tests/unit/vitest.mutation.config.ts). Every break must make a test fail; Stryker's
// run (`npm run mutation`) covers the rest of the mutants. About a minute a break.
// Each file is put back as it was, also when the run is interrupted.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Break {
  name: string;
  file: string;
  from: string;
  to: string;
}

const BREAKS: Break[] = [
  {
    name: 'dashboard origins matched as a prefix (an unanchored origin pattern)',
    file: 'src/shared/clevertap-hosts.ts',
    from: 'TRUSTED_ORIGINS.has(origin)',
    to: '[...TRUSTED_ORIGINS].some((trusted) => origin.startsWith(trusted))',
  },
  { name: 'the sender.id check dropped', file: 'src/background/senders.ts', from: "  if (sender.id !== extensionId) return 'untrusted';\n", to: '' },
  { name: 'the s flag of the profile pattern dropped', file: 'src/shared/payload-contract.ts', from: '(?: \\| default:"([^"]*)")?$/s;', to: '(?: \\| default:"([^"]*)")?$/;' },
  {
    name: 'the check that variable values are strings dropped',
    file: 'src/shared/payload-contract.ts',
    from: "  if (entries.some(([, value]) => typeof value !== 'string')) return { kind: 'foreign' };\n",
    to: '',
  },
  { name: 'Apply treats rows with an empty key as ours', file: 'src/content/picker/apply.ts', from: '&& (row.key || row.value))', to: '&& row.key)' },
  {
    name: 'a row without a remove control is left as it is, not emptied',
    file: 'src/content/clevertap/key-value-rows-dom.ts',
    from: "      setControlValue(target.key, '');\n      setControlValue(target.value, '');\n",
    to: '',
  },
  { name: 'the one-unnamed-button rule dropped', file: 'src/content/clevertap/key-value-rows-dom.ts', from: 'named ?? (buttons.length === 1 ? buttons[0]! : null)', to: 'named ?? null' },
];

let pending: { file: string; text: string } | null = null;
const putBack = () => {
  if (pending) writeFileSync(pending.file, pending.text);
  pending = null;
};
process.on('SIGINT', () => {
  putBack();
  process.exit(130);
});

let survived = 0;
for (const { name, file, from, to } of BREAKS) {
  const absolute = path.join(ROOT, file);
  const text = readFileSync(absolute, 'utf8');
  if (text.split(from).length !== 2) throw new Error(`${file}: the code to break ("${from.trim()}") is not there exactly once; update this list with the code`);
  pending = { file: absolute, text };
  writeFileSync(absolute, text.replace(from, to));
  const run = spawnSync('npx', ['vitest', 'run', '--config', 'tests/unit/vitest.mutation.config.ts', '--reporter', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  putBack();
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as { testResults: Array<{ assertionResults: Array<{ status: string; fullName: string }> }> };
  const failing = report.testResults.flatMap((result) => result.assertionResults).filter((test) => test.status === 'failed');
  if (!failing.length) survived += 1;
  console.log(`${failing.length ? 'killed  ' : 'SURVIVED'} ${name} (${file})${failing.length ? `: ${failing.length} failing, e.g. "${failing[0]!.fullName}"` : ''}`);
}
console.log(`${BREAKS.length - survived} of ${BREAKS.length} named breaks killed`);
process.exit(survived ? 1 : 0);
