import { describe, expect, it } from 'vitest';
import { companyOf, isPlaceText, payOf, placesOf } from '../../../lib/analysis/card-lines';

describe('a card line that is a place', () => {
  it.each([
    ['Remote - Canada', true],
    ['USA Only', true],
    ['🌏 Worldwide', true],
    ['Anywhere in the World', true],
    ['Austin, TX', true],
    ['Berlin, Germany', true],
    ['Remote (US or Canada)', true],
    ['Europe, UTC-1 to UTC+3', true],
    ['New York, NY (Hybrid)', true],
    ['LATAM', true],
    ['Remote', true],
    // a company, a category or a date naming a place is not a place line
    ['Acme Canada', false],
    ['Canada Life', false],
    ['Mobile', false],
    ['Reading', false],
    ['Posted 3 days ago', false],
    ['Senior Python Developer', false],
    ['2 Locations', false],
    ['Full-time', false],
    ['$80k - $120k', false],
  ])('%s → %s', (text, want) => {
    expect(isPlaceText(text)).toBe(want);
  });
});

describe("a card's lines", () => {
  it('keeps the lines that are places, else the pieces of a line that are', () => {
    expect(placesOf([['Acme'], ['Full-time'], ['Remote - Canada']])).toBe('Remote - Canada');
    expect(placesOf([['Acme Remote USA', 'Acme', 'Remote', 'USA']])).toBe('Remote; USA');
    expect(placesOf([['Acme'], ['Posted today']])).toBeUndefined();
  });

  it('finds the pay, never a retirement plan', () => {
    expect(payOf([['Acme'], ['$80k - $120k']])).toBe('$80k - $120k');
    expect(payOf([['401k matching'], ['Remote']])).toBeUndefined();
  });
});

describe("a card's employer, from its lines", () => {
  it.each<[string, string[][], string | undefined, string | undefined]>([
    [
      'the piece before the place',
      [['Loomwork • USA Only', 'Loomwork', 'USA Only'], ['2 days ago']],
      'Backend Engineer',
      'Loomwork',
    ],
    ['a line of its own', [['Tideform'], ['🇬🇧 United Kingdom']], 'Python Engineer', 'Tideform'],
    [
      'after the title said again',
      [['Data Engineer (Verified job)'], ['Quillfeather'], ['Noida (Hybrid)']],
      'Data Engineer',
      'Quillfeather',
    ],
    [
      'no name among pay, places, dates, types and badges',
      [['$150k – $190k'], ['Remote • United States'], ['2 days ago'], ['Full-time'], ['Easy Apply']],
      'Engineer',
      undefined,
    ],
  ])('%s', (_, lines, title, want) => {
    expect(companyOf(lines, title)).toBe(want);
  });
});
