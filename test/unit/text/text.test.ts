import { describe, expect, it } from 'vitest';
import { cleanText, fixMojibake } from '../../../lib/text/repair';
import { decodeEntities, htmlToText } from '../../../lib/text/html';
import { splitBadges, splitMarker } from '../../../lib/text/markers';

describe('fixMojibake', () => {
  it.each([
    ['ðŸŒŽ Ireland', '🌎 Ireland'],
    ['Itâ€™s built on trust', 'It’s built on trust'],
    ['the internetâ€™s largest', 'the internet’s largest'],
    ['â€œquotedâ€\u009d', '“quoted”'],
    ['cafÃ© au lait', 'café au lait'],
    ['SÃ£o Paulo', 'São Paulo'],
    ['ðŸ’° USD $1', '💰 USD $1'],
    ['plain ascii stays', 'plain ascii stays'],
    ['naïve café stays', 'naïve café stays'],
    ['Ã la carte', 'Ã la carte'],
  ])('%s → %s', (input, want) => {
    expect(fixMojibake(input)).toBe(want);
  });
});

describe('cleanText', () => {
  it.each([
    ['a\u00A0b', 'a b'],
    ['zero\u200Bwidth', 'zerowidth'],
    ['  many \n\t spaces  ', 'many spaces'],
    ['rtl\u200Fmark', 'rtlmark'],
    ['nul\u0000byte', 'nulbyte'],
  ])('%j → %j', (input, want) => {
    expect(cleanText(input)).toBe(want);
  });
});

describe('htmlToText', () => {
  it('reads entity-escaped HTML as text, one line per block', () => {
    expect(htmlToText('&lt;p&gt;One &amp;amp; two&lt;/p&gt;&lt;p&gt;Three&lt;/p&gt;')).toBe(
      'One & two\nThree',
    );
  });
  it('drops scripts and never keeps tags', () => {
    expect(htmlToText('<p>Hi<script>alert(1)</script> <img src=x onerror=alert(1)>there</p>')).toBe(
      'Hi there',
    );
  });
  it.each([
    ['&#8217;', '’'],
    ['&#x20AC;', '€'],
    ['&nbsp;', '\u00A0'],
    ['&bogus;', '&bogus;'],
  ])('decodes %s', (input, want) => {
    expect(decodeEntities(input)).toBe(want);
  });
});

describe('splitMarker', () => {
  it.each([
    ['🌎 Remote - United States', 'Remote - United States', 'location'],
    ['💰 USD $206,700~$289,400', 'USD $206,700~$289,400', 'salary'],
    ['Remote', 'Remote', null],
  ])('%s', (input, text, marker) => {
    expect(splitMarker(input)).toEqual({ text, marker });
  });
});

describe('splitBadges', () => {
  it.each([
    [
      '💰 CAD $130,600~$185,000 🌎 Canada - Remote',
      [
        { text: 'CAD $130,600~$185,000', marker: 'salary' },
        { text: 'Canada - Remote', marker: 'location' },
      ],
    ],
    ['🌎 Ireland', [{ text: 'Ireland', marker: 'location' }]],
    ['Full time', [{ text: 'Full time', marker: null }]],
  ])('%s', (input, want) => {
    expect(splitBadges(input)).toEqual(want);
  });
});
