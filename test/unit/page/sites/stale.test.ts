import { describe, expect, it } from 'vitest';
import { readSite } from '../../../../lib/page/sites';
import { siteDoc, siteFixture } from '../../../helpers/sites';

// App data embedded in a page is written once per load; after in-page navigation it describes
// the job the page opened with. Adapters use it only when it names the job in the address.

const valuesOf = (html: string, url: URL): Record<string, string | undefined> =>
  Object.fromEntries(
    Object.entries(readSite(siteDoc(html), url)?.fields ?? {}).map(([k, f]) => [k, f?.value]),
  );

describe('Indeed search pane after a click on another card', () => {
  const { html, url } = siteFixture('indeed--pane.html');
  // the pane now shows the second card; _initialData still describes the first
  const clicked = html
    .replace('Data Engineer<span class="css-1b6omqv">', 'Analytics Engineer<span class="css-1b6omqv">')
    .replace(
      '<div data-testid="inlineHeader-companyName"><span><a href="https://www.indeed.com/cmp/Fennick-Health">Fennick Health</a>',
      '<div data-testid="inlineHeader-companyName"><span><a href="https://www.indeed.com/cmp/Tollgate">Tollgate Media</a>',
    )
    .replace(
      '<div>Remote</div></div>\n    <div data-testid="attribute_snippet_testid">',
      '<div>Austin, TX</div></div>\n    <div data-testid="attribute_snippet_testid">',
    );
  const next = new URL(url);
  next.searchParams.set('vjk', '99887766554433aa');

  it('reads the pane, not the stale _initialData', () => {
    const v = valuesOf(clicked, next);
    expect(v['title']).toBe('Analytics Engineer - job post'); // the heading as written (the job drops the tail)
    expect(v['company']).toBe('Tollgate Media');
    expect(v['locationText']).toBe('Austin, TX');
    expect(v['postingId']).toBe('99887766554433aa');
    expect(v['datePosted']).toBeUndefined(); // only _initialData has it, and it is the other job's
  });

  it('still uses _initialData while vjk names its job', () => {
    expect(valuesOf(html, url)['datePosted']).toBe('2026-02-09T00:00:00.000Z');
  });
});

describe('Indeed viewjob whose _initialData names another job', () => {
  const { html, url } = siteFixture('indeed.html');
  const other = html.replace('"jobKey":"3f9a1c7e5b2d4a60"', '"jobKey":"0000aaaa1111bbbb"');

  it('ignores it', () => {
    const v = valuesOf(other, url);
    expect(v['workplace']).toBeUndefined(); // "Hybrid work" is only in _initialData
    expect(v['title']).toBe('Warehouse Systems Analyst - job post'); // the header still says it
  });
});

describe('LinkedIn search pane and its <code> data blocks', () => {
  const { html, url } = siteFixture('linkedin.html');
  // the pane has not rendered yet: only the embedded data could say anything
  const start = html.indexOf('<div class="scaffold-layout__detail">');
  const end = html.indexOf('</main>');
  const unrendered = html.slice(0, start) + html.slice(end);

  it('uses the block whose JobPosting URN carries currentJobId', () => {
    const v = valuesOf(unrendered, url);
    expect(v).toMatchObject({
      title: 'Backend Engineer',
      company: 'Larkspur Freight',
      locationText: 'Rotterdam, South Holland, Netherlands',
      workplace: 'Hybrid',
      employmentType: 'Full-time',
      datePosted: '2026-01-29T00:00:00.000Z',
    });
  });

  it('ignores blocks about other jobs after the user opens another card', () => {
    const next = new URL(url);
    next.searchParams.set('currentJobId', '4199999999');
    expect(valuesOf(unrendered, next)).toEqual({ postingId: '4199999999' });
  });

  it('follows currentJobId to the block of the job it names', () => {
    const next = new URL(url);
    next.searchParams.set('currentJobId', '4100000123');
    const v = valuesOf(unrendered, next);
    expect(v['title']).toBe('Platform Engineer');
    expect(v['company']).toBe('Quayside Robotics');
  });
});

describe('other embedded data', () => {
  it('Greenhouse: __remixContext for another job post is ignored', () => {
    const { html, url } = siteFixture('greenhouse.html');
    const stale = html
      .replace('"jobPostId":5012345', '"jobPostId":5000001')
      .replace('"id":5012345', '"id":5000001');
    const v = valuesOf(stale, url);
    expect(v['datePosted']).toBeUndefined();
    expect(v['company']).toBeUndefined();
    expect(v['title']).toBe('Site Reliability Engineer'); // from the page itself
  });

  it('Greenhouse: __remixContext alone is enough when it is this job', () => {
    const { html, url } = siteFixture('greenhouse.html');
    const bare = html.replace(
      /<div class="job-post">[\s\S]*?<div id="application">/,
      '<div id="application">',
    );
    expect(valuesOf(bare, url)).toMatchObject({
      title: 'Site Reliability Engineer',
      company: 'Harborlight',
      locationText: 'Remote - Canada',
      salaryText: 'CAD 128,000 - 152,000',
    });
  });

  it('Ashby: __appData about another posting is ignored', () => {
    const { html, url } = siteFixture('ashby.html');
    const stale = html.replace(
      '"id":"1f2e3d4c-5b6a-4789-8abc-def012345678"',
      '"id":"00000000-0000-4000-8000-000000000000"',
    );
    const v = valuesOf(stale, url);
    expect(v['company']).toBeUndefined();
    expect(v['salaryText']).toBeUndefined();
  });

  it('Wellfound: a cache without this job gives nothing but the id', () => {
    const { html } = siteFixture('wellfound.html');
    const url = new URL('https://wellfound.com/jobs/1234567-other-role');
    expect(valuesOf(html, url)).toEqual({ postingId: '1234567' });
  });
});
