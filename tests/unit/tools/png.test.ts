import { describe, expect, it } from 'vitest';
import { pngSize } from '../../support/png';

/** A PNG's first 24 bytes: signature, IHDR length and type, width and height. */
function pngHeader(width: number, height: number): Buffer {
  const header = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return header;
}

// The store-image tool (tests/tools/store-assets.ts) and the icon test trust this for exact sizes.
describe('pngSize', () => {
  it('reads the width and height from the header', () => {
    expect(pngSize(pngHeader(1280, 800))).toEqual({ width: 1280, height: 800 });
    expect(pngSize(pngHeader(440, 280))).toEqual({ width: 440, height: 280 });
  });

  it('refuses what is not a PNG rather than reading a size out of it', () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(20)]);
    expect(() => pngSize(jpeg)).toThrow('not a PNG');
    expect(() => pngSize(pngHeader(1, 1).subarray(0, 20))).toThrow('not a PNG');
  });
});
