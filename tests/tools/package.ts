// `npm run package`: builds dist/ afresh and zips it for the Chrome Web Store upload.
// The zip has manifest.json at its root, the version from package.json, and nothing
// the store does not need (no source maps, no tests). It reads the zip back and fails
// if any of that is not true, then prints the zip's path.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const OUT_DIR = path.join(ROOT, 'release');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

const EXCLUDED = [/\.map$/, /(^|\/)tests?\//, /\.test\.[cm]?[jt]sx?$/, /(^|\/)\.[^/]+$/];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      const relative = prefix ? `${prefix}/${name}` : name;
      return statSync(full).isDirectory() ? filesUnder(full, relative) : [relative];
    });
}

/** A plain ZIP (deflate, no extras), with a fixed timestamp so the same build zips the same. */
function zip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const DOS_TIME = 0;
  const DOS_DATE = (2026 - 1980) << 9 | 1 << 5 | 1;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** Reads a zip written above back: name -> contents (checks every CRC). */
function unzip(archive: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(endAt + 10);
  let at = archive.readUInt32LE(endAt + 16);
  for (let index = 0; index < count; index++) {
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localAt = archive.readUInt32LE(at + 42);
    const size = archive.readUInt32LE(at + 20);
    const crc = archive.readUInt32LE(at + 16);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = localAt + 30 + archive.readUInt16LE(localAt + 26) + archive.readUInt16LE(localAt + 28);
    const data = inflateRawSync(archive.subarray(dataAt, dataAt + size));
    if (crc32(data) !== crc) throw new Error(`CRC mismatch in ${name}`);
    files.set(name, data);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function check(files: Map<string, Buffer>): void {
  const problems: string[] = [];
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) problems.push('manifest.json is not at the root of the zip');
  else {
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as { version?: string; default_locale?: string };
    if (manifest.version !== pkg.version) problems.push(`manifest version ${manifest.version} is not package.json's ${pkg.version}`);
    if (manifest.default_locale && !files.has(`_locales/${manifest.default_locale}/messages.json`)) problems.push(`_locales/${manifest.default_locale} is missing`);
  }
  for (const [name, data] of files) {
    if (EXCLUDED.some((pattern) => pattern.test(name))) problems.push(`${name} does not belong in the store package`);
    if (/\.(m?js|css)$/.test(name) && /sourceMappingURL=/.test(data.toString('utf8'))) problems.push(`${name} points at a source map`);
  }
  if (problems.length) throw new Error(`The package is not ready to upload:\n- ${problems.join('\n- ')}`);
}

function main(): void {
  if (!process.argv.includes('--no-build')) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  const names = filesUnder(DIST).filter((name) => !EXCLUDED.some((pattern) => pattern.test(name)));
  const archive = zip(names.map((name) => ({ name, data: readFileSync(path.join(DIST, name)) })));
  check(unzip(archive));
  mkdirSync(OUT_DIR, { recursive: true });
  const out = path.join(OUT_DIR, `${pkg.name}-${pkg.version}.zip`);
  writeFileSync(out, archive);
  console.log(`Chrome Web Store package (${names.length} files, ${(archive.length / 1024).toFixed(1)} KB): ${path.relative(process.cwd(), out) || out}`);
}

main();
