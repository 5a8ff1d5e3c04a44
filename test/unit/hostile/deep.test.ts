import { describe, expect, it } from 'vitest';
import { scan } from '../../../lib/scan';
import {
  hostileDoc,
  ldJson,
  linkedDoc,
  nested,
  nestElements,
  PAGE_URL,
  posting,
} from '../../helpers/hostile-pages';
import { checkEverywhere } from './surfaces';

// Ten thousand levels of nesting, in JSON-LD and in the DOM. Every reader walks them with a loop
// or stops at a depth no posting needs; a recursive one would overflow the stack here.

const DEPTH = 10_000;
/** A posting whose `key` is replaced by `deep` (a JSON text). */
const postingWith = (key: string, deep: string): string =>
  ldJson(posting({ [key]: '@DEEP@' })).replace('"@DEEP@"', deep);

const arrays = (inner = '') => nested(DEPTH, '[', inner, ']');

const DEEP_JSON: [name: string, ld: string][] = [
  ['the whole block as [[[…]]]', arrays()],
  ['an unclosed [[[…', '['.repeat(DEPTH)],
  ['the title in arrays', postingWith('title', arrays('"Platform Engineer"'))],
  ['the pay in arrays', postingWith('baseSalary', arrays('100000'))],
  ['the pay as a chain of values', postingWith('baseSalary', nested(DEPTH, '{"value":', '100000', '}'))],
  ['junk beside the pay', postingWith('baseSalary', `{"value":100000,"currency":"USD","junk":${arrays()}}`)],
  ['the places in arrays', postingWith('applicantLocationRequirements', arrays('{"name":"Canada"}'))],
  [
    'the job location as a chain of addresses',
    postingWith('jobLocation', nested(DEPTH, '{"address":', '"CA"', '}')),
  ],
  [
    'the company as a chain of names',
    postingWith('hiringOrganization', nested(DEPTH, '{"name":', '"Acme"', '}')),
  ],
  ['the posting at the bottom of @graph', nested(DEPTH, '{"@graph":', ldJson(posting()), '}')],
];

describe('JSON-LD nested 10 000 deep', () => {
  it.each(DEEP_JSON)('%s', async (_name, ld) => {
    const { job } = scan(hostileDoc({ ld }), PAGE_URL);
    if (!job) throw new Error('no job read');
    await checkEverywhere(job);
  });
});

const element = (tags: string[]) => (level: number, doc: Document) =>
  doc.createElement(tags[level % tags.length] as string);

function item(level: number, doc: Document): Element {
  const el = doc.createElement('section');
  el.setAttribute('itemscope', '');
  el.setAttribute('itemprop', level % 2 ? 'hiringOrganization' : 'jobLocation');
  return el;
}

const DEEP_DOM: [name: string, make: (level: number, doc: Document) => Element][] = [
  ['divs and spans', element(['div', 'span'])],
  ['sections, lists and emphasis', element(['section', 'ol', 'em'])],
  ['microdata items inside the posting', item],
];

// linkedom reads textContent far slower than a browser, and detection reads it for every small
// element (quadratic on one long chain of divs): a few seconds here. Timing is the benchmark's job.
describe('a DOM nested 10 000 deep', { timeout: 30_000 }, () => {
  it.each(DEEP_DOM)('%s around the posting text', async (_name, make) => {
    const doc = linkedDoc({});
    const main = doc.querySelector('main');
    if (!main) throw new Error('no main');
    main.setAttribute('itemscope', '');
    main.setAttribute('itemtype', 'https://schema.org/JobPosting');
    const inner = nestElements(main, DEPTH, (level) => make(level, doc));
    inner.append(doc.createTextNode('Deep down: the salary is $130,000 per year.'));
    const { job } = scan(doc, PAGE_URL);
    if (!job) throw new Error('no job read');
    expect(job.description).toContain('Deep down');
    await checkEverywhere(job);
  });
});
