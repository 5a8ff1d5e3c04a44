import { expect, it } from 'vitest';
import type { FieldName } from '../../lib/model/fields';
import type { Workplace } from '../../lib/model/types';
import { ADAPTERS, findAdapter, readSite } from '../../lib/page/sites';
import { matchesPattern } from '../../lib/access/match-pattern';
import { readPage } from '../../lib/page/read-page';
import { scan } from '../../lib/scan';
import { fixtureSite, siteDoc, siteFixture } from './sites';

// What every board's own test checks on each of its fixture pages (test/unit/page/sites/<id>.test.ts).

export interface SiteExpectation {
  /** Every field the adapter reads on the page (and nothing else), by value. */
  fields: Partial<Record<FieldName, string>>;
  /** What the whole pipeline makes of the page. */
  job: { title: string; company: string; locationText: string | null; workplace: Workplace };
}

/** The adapter reads exactly `want.fields`, and the whole pipeline makes `want.job` of the page. */
export function itReadsFixture(name: string, want: SiteExpectation): void {
  it(`${name}: is read by its adapter, every field with adapter provenance`, () => {
    const { html, url } = siteFixture(name);
    const site = readSite(siteDoc(html), url);
    expect(site?.adapter.id).toBe(fixtureSite(name));
    expect(site?.isPosting).toBe(true);
    const values = Object.fromEntries(Object.entries(site?.fields ?? {}).map(([k, f]) => [k, f?.value]));
    expect(values).toEqual(want.fields);
    for (const [field, f] of Object.entries(site?.fields ?? {})) {
      expect(f?.source, field).toBe('adapter');
      expect(f?.evidence, field).toBeTruthy();
    }
  });

  it(`${name}: its reader misses nothing the page has (no Diagnostics entry)`, () => {
    const { html, url } = siteFixture(name);
    expect(readPage(siteDoc(html), url, findAdapter).misses).toEqual([]);
  });

  it(`${name}: gives the right job through the whole pipeline`, () => {
    const { html, url } = siteFixture(name);
    const result = scan(siteDoc(html), url);
    expect(result.detection.kind).toBe('posting');
    expect(result.problems).toEqual([]);
    const job = result.job;
    expect(
      job && {
        title: job.title,
        company: job.company,
        locationText: job.locationText,
        workplace: job.workplace,
      },
    ).toEqual(want.job);
    expect(job?.site).toBe(fixtureSite(name));
  });
}

export interface UrlCases {
  postings: string[];
  /** Same site, but a list, search, board, company or form page: not one posting. */
  notPostings: string[];
}

/** Every address of the board is claimed by it (no other adapter comes first), and only its
 * postings are called postings. */
export function itKnowsUrls(id: string, cases: UrlCases): void {
  it.each(cases.postings)('posting: %s', (href) => {
    const adapter = findAdapter(new URL(href));
    expect(adapter?.id).toBe(id);
    expect(adapter?.isPosting(new URL(href))).toBe(true);
  });

  // Whatever order the adapters are tried in: no other board's patterns take this board's pages.
  const others = ADAPTERS.filter((a) => a.id !== id);
  const pairs = [...cases.postings, ...cases.notPostings].flatMap((href) =>
    others.map((a) => [href, a.id, a.matches] as const),
  );
  it.each(pairs)('%s is not claimed by %s', (href, _other, matches) => {
    expect(matches.some((m) => matchesPattern(m, new URL(href)))).toBe(false);
  });

  it.each(cases.notPostings)('not a posting: %s', (href) => {
    const adapter = findAdapter(new URL(href));
    // claimed by this board, or by none: never by another board
    expect(adapter?.id ?? id).toBe(id);
    expect(adapter?.isPosting(new URL(href)) ?? false).toBe(false);
  });
}
