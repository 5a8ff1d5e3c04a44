import { describe, it } from 'vitest';
import { scan } from '../../../lib/scan';
import { hostileDoc, ldJson, MARKUP, PAGE_URL, posting } from '../../helpers/hostile-pages';
import { checkEverywhere } from './surfaces';

// JSON-LD that is broken, or valid JSON of the wrong shape. The page is still read (from its
// text when its structured data is useless), and the job is as safe as any other.

const good = ldJson(posting());

const MALFORMED: [name: string, ld: string][] = [
  ['cut short', good.slice(0, good.length / 2)],
  [
    'trailing commas, comments and raw newlines',
    good.replace('}', ',\n}').replace('{', '{/* x */').replace('Remote', 'Re\nmote'),
  ],
  ['single quotes', good.replace(/"/g, "'")],
  ['NaN, undefined and a function', good.replace('}', ',"x":NaN,"y":undefined,"z":function(){}}')],
  ['control characters', good.replace('Platform', 'Plat\u0000\u0001\u001bform')],
  ['a string that never closes', `{"title":"${'a'.repeat(1 << 20)}`],
  ['just a string', '"JobPosting"'],
  ['null', 'null'],
  ['empty', ''],
  ['CDATA around it', `<![CDATA[${good}]]>`],
  ['@type as an object', ldJson(posting({ '@type': { name: 'JobPosting' } }))],
  [
    'every field the wrong type',
    ldJson(
      posting({
        title: 42,
        description: ['a', { b: null }],
        hiringOrganization: [MARKUP, 7],
        url: { '@id': 'javascript:alert(1)' },
        datePosted: false,
        baseSalary: 'lots',
        jobLocation: 3,
        identifier: [[]],
      }),
    ),
  ],
  [
    'every field null',
    ldJson(
      posting({
        title: null,
        description: null,
        hiringOrganization: null,
        url: null,
        baseSalary: null,
        jobLocation: null,
        applicantLocationRequirements: null,
      }),
    ),
  ],
  [
    'a pay of wrong numbers',
    ldJson(
      posting({
        baseSalary: { currency: 'USD', value: { minValue: -5, maxValue: 'Infinity', unitText: '<script>' } },
      }),
    ),
  ],
];

describe('malformed JSON-LD', () => {
  it.each(MALFORMED)('%s', async (_name, ld) => {
    const { job } = scan(hostileDoc({ ld }), PAGE_URL);
    if (!job) throw new Error('no job read');
    await checkEverywhere(job);
  });
});
