import { describe, expect, it } from 'vitest';
import { QUOTE_WORDS, quoteOf } from '../../../lib/analysis/quote';
import { lettersAndDigits } from '../../../lib/text/compare';

const RUN_ON =
  'Candidates must hold a high school diploma or GED, be at least 18 years old, hold a valid driver’s licence, pass a medical assessment and a drug screening, be able to lift 50 pounds, work outdoors in all weather, work nights, weekends and holidays, travel for training for up to six weeks, hold a passport valid for travel to the United States, and be legally entitled to work in Canada, where the position is based, with no restrictions on the hours or the locations where they can work for the company over the whole of the year.';

describe('a quote is a few dozen words of the page, cut at clause boundaries', () => {
  it.each<[string, string[], string]>([
    ['Remote - Canada', ['Canada'], 'Remote - Canada'],
    [
      'This role is open to candidates who live in Canada or the United States.',
      ['Canada'],
      'This role is open to candidates who live in Canada or the United States.',
    ],
    [
      RUN_ON,
      ['Canada'],
      '… and be legally entitled to work in Canada, where the position is based, with no restrictions on the hours or the locations where they can work for the company over the whole of the year.',
    ],
  ])('%s', (text, focus, want) => {
    const quote = quoteOf(text, focus);
    expect(quote.split(/\s+/).filter((w) => w !== '…').length).toBeLessThanOrEqual(QUOTE_WORDS);
    // still the page's own words: found where the panel looks for them
    expect(lettersAndDigits(text)).toContain(lettersAndDigits(quote));
    expect(quote).toBe(want);
  });

  it('without a focus it keeps the opening clauses', () => {
    expect(quoteOf(RUN_ON)).toMatch(/^Candidates must hold a high school diploma or GED, .* …$/);
  });
});
