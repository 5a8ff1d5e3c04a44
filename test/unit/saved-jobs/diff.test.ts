import { describe, expect, it } from 'vitest';
import { diffTexts, MAX_CELLS, type DiffPart } from '../../../lib/saved-jobs/diff';

const same = (text: string): DiffPart => ({ kind: 'same', text });
const added = (text: string): DiffPart => ({ kind: 'added', text });
const removed = (text: string): DiffPart => ({ kind: 'removed', text });

/** The two texts back from the parts: what was before (same + removed), what is now (same + added). */
const sides = (parts: DiffPart[]) => ({
  before: parts
    .filter((p) => p.kind !== 'added')
    .map((p) => p.text)
    .join(''),
  after: parts
    .filter((p) => p.kind !== 'removed')
    .map((p) => p.text)
    .join(''),
});

describe('diffTexts', () => {
  it.each<[string, string, string, DiffPart[]]>([
    ['no change', 'Salary 100k. Remote.', 'Salary 100k. Remote.', [same('Salary 100k. Remote.')]],
    ['both empty', '', '', []],
    [
      'a word changed',
      'Salary 100k a year.',
      'Salary 120k a year.',
      [same('Salary '), removed('100k '), added('120k '), same('a year.')],
    ],
    [
      'a sentence added at the end',
      'Remote.',
      'Remote. Closes Friday.',
      [same('Remote. '), added('Closes Friday.')],
    ],
    [
      'a word removed at the start',
      'Senior Remote role.',
      'Remote role.',
      [removed('Senior '), same('Remote role.')],
    ],
    ['everything new', 'a b', 'c d', [removed('a b'), added('c d')]],
    ['from nothing', '', 'Now open.', [added('Now open.')]],
    ['spacing only', 'Remote   role.\n', 'Remote role. ', [same('Remote role. ')]],
    [
      'a moved word',
      'Canada or US only',
      'US or Canada only',
      [removed('Canada or '), same('US '), added('or Canada '), same('only')],
    ],
  ])('%s', (_, before, after, parts) => {
    expect(diffTexts(before, after)).toEqual(parts);
  });

  it.each([
    ['a few words changed', 3_000, [10, 1_500, 2_990]],
    ['changes spread through a 20 KB text', 3_500, Array.from({ length: 40 }, (_, i) => i * 87)],
  ])('keeps both texts whole: %s', (_, words, changedAt) => {
    const text = (word: (i: number) => string) =>
      Array.from({ length: words }, (_, i) => `${word(i)}${i % 12 === 11 ? '\n' : ' '}`).join('');
    const before = text((i) => `w${i}`);
    const after = text((i) => (changedAt.includes(i) ? 'CHANGED' : `w${i}`));
    const parts = diffTexts(before, after);
    expect(sides(parts).after).toBe(after);
    expect(sides(parts).before.replace(/\s+/g, ' ')).toBe(before.replace(/\s+/g, ' '));
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(
      changedAt.map(() => expect.stringContaining('CHANGED')),
    );
  });

  it('past the table’s bound compares lines, then shows the changed middle as removed and added', () => {
    const side = Math.ceil(Math.sqrt(MAX_CELLS)) + 10;
    const words = (tag: string) => Array.from({ length: side }, (_, i) => `${tag}${i}`);
    // every word changed, one line: too big for words, a single line each for lines
    const before = words('a').join(' ');
    const after = words('b').join(' ');
    expect(diffTexts(before, after)).toEqual([removed(before), added(after)]);
    // many lines, the first and the last word changed: too far apart for words, two lines changed
    const lines = (tag: string) =>
      words(tag)
        .map((w, i) => (i % 10 === 9 ? `${w}\n` : `${w} `))
        .join('');
    const base = lines('x');
    const edited = base.replace('x0 ', 'first ').replace(`x${side - 1}\n`, 'last\n');
    const parts = diffTexts(base, edited);
    expect(parts.map((p) => p.kind)).toEqual(['removed', 'added', 'same', 'removed', 'added']);
    expect(parts[1]?.text).toBe('first x1 x2 x3 x4 x5 x6 x7 x8 x9\n');
    expect(sides(parts)).toEqual({ before: base, after: edited });
  });
});
