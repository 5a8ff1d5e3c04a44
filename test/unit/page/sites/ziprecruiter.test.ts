import { describe, expect, it } from 'vitest';
import { readSite } from '../../../../lib/page/sites';
import { ziprecruiterPostingId } from '../../../../lib/page/sites/ziprecruiter';
import { scan } from '../../../../lib/scan';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { siteDoc, siteFixture } from '../../../helpers/sites';

const LVK = 'Qx7pL2mZrT4vN8kW1sYd-A.--N3bGhJ5cFq0';
const PAGE =
  'https://www.ziprecruiter.com/c/Maplestone-Logistics/Job/Fleet-Maintenance-Planner/-in-Columbus,OH';
const SEARCH =
  'https://www.ziprecruiter.com/jobs-search?search=fleet+maintenance&location=Columbus%2C+OH&page=1';

const valuesOf = (html: string, href: string): Record<string, string | undefined> =>
  Object.fromEntries(
    Object.entries(readSite(siteDoc(html), new URL(href))?.fields ?? {}).map(([k, f]) => [k, f?.value]),
  );

describe('ZipRecruiter', () => {
  itKnowsUrls('ziprecruiter', {
    postings: [
      `${PAGE}?jid=4f1c2a9e8b7d6053&lvk=${LVK}`,
      `${PAGE}?jid=4f1c2a9e8b7d6053`,
      PAGE,
      `https://www.ziprecruiter.com/jobs//j?lvk=${LVK}`,
      `https://www.ziprecruiter.com/jobs/j?lvk=${LVK}`,
      `${SEARCH}&lk=${LVK}`,
      `https://www.ziprecruiter.com/candidate/search?search=fleet&location=Columbus%2C+OH&lk=${LVK}`,
      'https://www.ziprecruiter.com/k/l/AAI3cQzkffapUzQkyamgpHlD0SGagr4FcH0c_hlimb-FV-nfzjc?apply=yes',
      'https://www.ziprecruiter.com/jobs/resiliency-llc-f1ca7a4d/senior-software-engineer-057cee74',
      'https://ziprecruiter.com/job/9cb907eb',
    ],
    notPostings: [
      'https://www.ziprecruiter.com/',
      SEARCH,
      'https://www.ziprecruiter.com/candidate/search?search=fleet&location=Columbus%2C+OH',
      'https://www.ziprecruiter.com/Jobs/Fleet-Maintenance-Planner',
      'https://www.ziprecruiter.com/co/Maplestone-Logistics/Jobs',
      'https://www.ziprecruiter.com/jobs//j',
      'https://www.ziprecruiter.com/k/t/AAIF49yXsjy7DKTSbtW9LbpZWkpjAWuxTThninPs56KZX',
      'https://www.ziprecruiter.com/authn/login?realm=candidates',
    ],
  });

  it.each([
    [`${PAGE}?jid=4F1C2A9E8B7D6053&lvk=${LVK}`, '4f1c2a9e8b7d6053'],
    [`https://www.ziprecruiter.com/jobs//j?lvk=${LVK}`, LVK],
    [`${SEARCH}&lk=${LVK}`, LVK],
    [
      'https://www.ziprecruiter.com/jobs/resiliency-llc-f1ca7a4d/senior-software-engineer-057cee74',
      '057cee74',
    ],
    ['https://www.ziprecruiter.com/job/9cb907eb', '9cb907eb'],
    ['https://www.ziprecruiter.com/k/l/AAI3cQzkffapUzQkyamgpHlD0SGagr4FcH0c_hlimb-FV-nfzjc', undefined],
    [SEARCH, undefined],
    [`https://jobs.example.com/c/Maplestone/Job/Planner?jid=4f1c2a9e8b7d6053`, undefined],
  ])('ziprecruiterPostingId(%s) = %s', (href, id) => {
    expect(ziprecruiterPostingId(new URL(href))).toBe(id);
  });

  // The pay in its data is ZipRecruiter's estimate (not shown on the page): it is not read.
  itReadsFixture('ziprecruiter.html', {
    fields: {
      title: 'Fleet Maintenance Planner',
      company: 'Maplestone Logistics',
      locationText: 'Columbus, OH',
      workplace: 'On site',
      employmentType: 'Full-time',
      datePosted: '2026-05-04T16:20:11Z',
      description:
        'Maplestone Logistics runs a fleet of 240 tractors out of three Ohio terminals.\nWhat you will do\nPlan preventive maintenance so no truck misses a dispatch\nOrder parts and keep the shop’s stock counts honest\nWhat you bring\nThree years planning maintenance for a truck fleet\nWorking knowledge of DOT inspection rules',
      postingId: '4f1c2a9e8b7d6053',
    },
    job: {
      title: 'Fleet Maintenance Planner',
      company: 'Maplestone Logistics',
      locationText: 'Columbus, OH',
      workplace: 'onsite',
    },
  });

  const { html, url } = siteFixture('ziprecruiter.html');

  it('reads pay the employer published (shown on the page)', () => {
    const shown = html.replace('\\"visible\\":false', '\\"visible\\":true');
    expect(valuesOf(shown, url.href).salaryText).toBe('USD 61,000 - 70,000 per year');
    expect(scan(siteDoc(shown), url).job?.salary?.min).toBe(61000);
    expect(scan(siteDoc(html), url).job?.salary ?? null).toBeNull();
  });

  it('reads the search pane only while it shows the listing its address names', () => {
    expect(valuesOf(html, `${SEARCH}&lk=${LVK}`)).toMatchObject({
      title: 'Fleet Maintenance Planner',
      postingId: LVK,
    });
    // the pane still holds another card's job: nothing of it is this listing's
    expect(valuesOf(html, `${SEARCH}&lk=Zt9aB3kQ8wE2`)).toEqual({ postingId: 'Zt9aB3kQ8wE2' });
  });
});
