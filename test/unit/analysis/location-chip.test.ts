import { describe, expect, it } from 'vitest';
import { locationChip } from '../../../lib/analysis/location-chip';

describe('the place written under a heading with no label', () => {
  it.each([
    [['Munich, Germany'], 'Munich, Germany'],
    [['Engineering · Berlin, Germany · Full-time'], 'Berlin, Germany'],
    [['Full-time', 'Remote - Europe'], 'Remote - Europe'],
    [['New York, NY | Hybrid'], 'New York, NY - Hybrid'],
    [['Posted 3 days ago', 'Toronto, ON'], 'Toronto, ON'],
  ])('%j → %s', (header, want) => {
    expect(locationChip(header)?.value).toBe(want);
  });

  it.each([
    [['Full-time · Engineering']],
    [['Join a San Francisco-based team building tools for doctors']],
    [
      [
        'We are a team of 40 people in Berlin, Lisbon and Toronto, building the payments layer for marketplaces.',
      ],
    ],
    [['One', 'Two', 'Three', 'Four', 'Berlin, Germany']],
  ])('%j holds no place line', (header) => {
    expect(locationChip(header)).toBeUndefined();
  });

  it('quotes the line as the page writes it', () => {
    expect(locationChip(['Engineering · Berlin, Germany'])?.evidence).toBe('Engineering · Berlin, Germany');
  });
});
