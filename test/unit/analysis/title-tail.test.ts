import { describe, expect, it } from 'vitest';
import { withoutPlaceTail } from '../../../lib/analysis/title-tail';

describe('a title closing with its place in brackets', () => {
  it.each([
    [
      'Full Stack Developer Im Gesundheitswesen (Bremen, Deutschland)',
      'Full Stack Developer Im Gesundheitswesen',
    ],
    ['Data Engineer [Lisboa]', 'Data Engineer'],
    ['Designer (Berlin)', 'Designer'],
    ['Backend Engineer (Toronto, ON)', 'Backend Engineer'],
    // anything else in the bracket is the title's own
    ['Data Engineer (Remote)', 'Data Engineer (Remote)'],
    ['Softwareentwickler (m/w/d)', 'Softwareentwickler (m/w/d)'],
    ['Engineer (Berlin office team lead)', 'Engineer (Berlin office team lead)'],
    ['(Berlin)', '(Berlin)'],
  ])('%s → %s', (title, want) => {
    expect(withoutPlaceTail(title)).toBe(want);
  });
});
