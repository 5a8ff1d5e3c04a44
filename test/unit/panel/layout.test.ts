import { describe, expect, it } from 'vitest';
import { cornerBox, nextCorner, overlap, pickCorner, type Box, type Corner } from '../../../lib/panel/layout';

const viewport = { width: 1000, height: 800 };
const panel = { width: 300, height: 200 };
/** A sticky Apply button in each corner, as boards pin them. */
const button: Record<Corner, Box> = {
  'bottom-right': { left: 840, top: 730, width: 140, height: 50 },
  'bottom-left': { left: 20, top: 730, width: 140, height: 50 },
  'top-left': { left: 20, top: 20, width: 140, height: 50 },
  'top-right': { left: 840, top: 20, width: 140, height: 50 },
};

describe('cornerBox', () => {
  it.each<[Corner, Box]>([
    ['bottom-right', { left: 684, top: 584, width: 300, height: 200 }],
    ['bottom-left', { left: 16, top: 584, width: 300, height: 200 }],
    ['top-left', { left: 16, top: 16, width: 300, height: 200 }],
    ['top-right', { left: 684, top: 16, width: 300, height: 200 }],
  ])('%s', (corner, want) => {
    expect(cornerBox(corner, panel, viewport)).toEqual(want);
  });
});

describe('nextCorner', () => {
  it.each<[Corner, Corner]>([
    ['bottom-right', 'bottom-left'],
    ['bottom-left', 'top-left'],
    ['top-left', 'top-right'],
    ['top-right', 'bottom-right'],
  ])('%s → %s', (from, to) => expect(nextCorner(from)).toBe(to));
});

describe('overlap', () => {
  it.each([
    [{ left: 0, top: 0, width: 10, height: 10 }, { left: 5, top: 5, width: 10, height: 10 }, 25],
    [{ left: 0, top: 0, width: 10, height: 10 }, { left: 10, top: 0, width: 10, height: 10 }, 0],
    [{ left: 0, top: 0, width: 10, height: 10 }, { left: 2, top: 2, width: 2, height: 2 }, 4],
  ])('%j × %j = %d', (a, b, want) => expect(overlap(a, b)).toBe(want));
});

describe('pickCorner', () => {
  it.each<[string, Corner, Box[], Corner]>([
    ['keeps the chosen corner when nothing is there', 'bottom-right', [], 'bottom-right'],
    ['keeps it when the Apply button is elsewhere', 'bottom-right', [button['top-left']], 'bottom-right'],
    ['moves off an Apply button in its corner', 'bottom-right', [button['bottom-right']], 'bottom-left'],
    [
      'goes on round the viewport to a free corner',
      'bottom-right',
      [button['bottom-right'], button['bottom-left']],
      'top-left',
    ],
    ['starts from the chosen corner', 'top-left', [button['top-left']], 'top-right'],
    [
      'covers as little as it can when no corner is free',
      'bottom-right',
      [...Object.values(button), { left: 684, top: 16, width: 300, height: 200 }],
      'bottom-right',
    ],
  ])('%s', (_name, preferred, avoid, want) => {
    expect(pickCorner(preferred, panel, viewport, avoid)).toBe(want);
  });
});
