// Draws the toolbar icons (a white speech bubble on Sendbird purple) as PNGs
// without an image library: `npx tsx tests/tools/make-icons.ts` rewrites public/icons.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

function coverage(size: number, x: number, y: number): { bg: number; bubble: number } {
  // 4x4 supersampling for smooth edges.
  let bg = 0;
  let bubble = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const u = (x + (sx + 0.5) / 4) / size;
      const v = (y + (sy + 0.5) / 4) / size;
      const r = 0.22;
      const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
      const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
      if (dx * dx + dy * dy <= r * r) bg++;
      const inEllipse = ((u - 0.5) / 0.3) ** 2 + ((v - 0.46) / 0.22) ** 2 <= 1;
      const inTail = v > 0.6 && v < 0.8 && u > 0.3 && u < 0.46 && u - 0.3 < (0.8 - v) * 0.8;
      if (inEllipse || inTail) bubble++;
    }
  }
  return { bg: bg / 16, bubble: bubble / 16 };
}

function icon(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const { bg, bubble } = coverage(size, x, y);
      const mix = (a: number, b: number) => Math.round(a + (b - a) * bubble);
      row.set([mix(0x74, 255), mix(0x2d, 255), mix(0xdd, 255), Math.round(255 * bg)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, icon(size));
console.log('Wrote public/icons/icon-{16,48,128}.png');
