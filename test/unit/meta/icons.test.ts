import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The stores ask for icons at 16, 32, 48 and 128 px (public/icon/<size>.png, rendered from
// assets/icon.svg by scripts/icons.ts): each one a PNG of exactly its size, with something drawn.

const PNG_SIGNATURE = '89504e470d0a1a0a';

function png(file: string): { width: number; height: number; bytes: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
  // IHDR comes first: width and height are its first two 4-byte fields.
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), bytes: buf.length };
}

describe('the extension’s icons', () => {
  it.each([16, 32, 48, 128])('%i px', (size) => {
    const icon = png(`public/icon/${size}.png`);
    expect(icon.width).toBe(size);
    expect(icon.height).toBe(size);
    expect(icon.bytes).toBeGreaterThan(200);
  });

  it('the source drawing is ours, in the repository', () => {
    expect(readFileSync('assets/icon.svg', 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 128 128"/);
  });
});
