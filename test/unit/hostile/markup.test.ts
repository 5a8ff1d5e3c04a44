import { describe, expect, it } from 'vitest';
import type { Job } from '../../../lib/model/job';
import { scan } from '../../../lib/scan';
import {
  ELEMENTS,
  escapeHtml,
  hostileDoc,
  ldJson,
  MARKUP,
  PAGE_URL,
  posting,
  postingBody,
  type PageParts,
} from '../../helpers/hostile-pages';
import { checkEverywhere, expectNoPageMarkup } from './surfaces';

// Markup in the page's text or in its structured data is data to every reader: the scan keeps
// it as text (or drops the tags), and no surface turns it back into elements.

const shown = escapeHtml(MARKUP);
const pay = '<p>Remote in Canada. Salary $100,000 - $120,000 per year.</p>';

type Case = [name: string, parts: PageParts, keeps: (job: Job) => string | null];

const CASES: Case[] = [
  [
    'markup shown as text in the heading, company and location',
    {
      title: `${shown} Platform Engineer`,
      body: postingBody({
        heading: `Platform Engineer ${shown}`,
        company: shown,
        location: `Canada ${shown}`,
      }),
    },
    (job) => job.title,
  ],
  ['markup shown as text in the body', { body: postingBody({ text: shown }) }, (job) => job.description],
  [
    "the page's own elements in the heading and body",
    {
      body: postingBody({
        heading: `${ELEMENTS} Platform Engineer`,
        text: ELEMENTS,
        apply: 'javascript:alert(1)',
      }),
    },
    () => null,
  ],
  [
    'markup in the JSON-LD title, description and company',
    {
      ld: ldJson(
        posting({
          title: `Platform Engineer ${MARKUP}`,
          description: `${pay}${MARKUP}<p>More ${MARKUP}</p>`,
          hiringOrganization: { name: `Northwind ${MARKUP}` },
        }),
      ),
    },
    () => null,
  ],
  [
    'entity-escaped markup in JSON-LD',
    { ld: ldJson(posting({ title: `${shown} Platform Engineer`, description: escapeHtml(pay + MARKUP) })) },
    () => null,
  ],
  [
    'a raw </script> in JSON-LD, which ends its script element early',
    { ld: JSON.stringify(posting({ title: `</script>${ELEMENTS}<script>` })) },
    () => null,
  ],
];

describe('markup in page text', () => {
  it.each(CASES)('%s stays text everywhere', async (_name, parts, keeps) => {
    const { job } = scan(hostileDoc(parts), PAGE_URL);
    if (!job) throw new Error('no job read');
    // Where the page showed markup as text, the job says it as text too (and the surfaces show it).
    const kept = keeps(job);
    if (kept !== null) expect(kept).toContain('<script>alert(1)</script>');
    await checkEverywhere(job);
  });
});

describe('the markup check itself', () => {
  it.each([
    '<img src=x>',
    '<script></script>',
    '<embed src=x>',
    '<b onclick="x()">b</b>',
    '<a href=" java&#9;script:alert(1)">a</a>',
    '<a href="data:text/html,x">a</a>',
  ])('catches %s', (html) => {
    const root = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body;
    expect(() => expectNoPageMarkup(root)).toThrow();
  });
});
