import { describe, expect, it } from 'vitest';
import { readSite } from '../../../../lib/page/sites';
import { scan } from '../../../../lib/scan';
import { visibleText } from '../../../../lib/page/blocks';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { siteDoc, siteFixture } from '../../../helpers/sites';

describe('Job Bank', () => {
  itKnowsUrls('jobbank', {
    postings: [
      'https://www.jobbank.gc.ca/jobsearch/jobposting/41825530',
      'https://www.jobbank.gc.ca/jobsearch/jobposting/41825530?source=searchresults',
      'https://www.jobbank.gc.ca/jobsearch/jobposting/41900217;jsessionid=3A9F.jobsearch74',
      'https://www.guichetemplois.gc.ca/rechercheemplois/offredemploi/41825530',
    ],
    notPostings: [
      'https://www.jobbank.gc.ca/jobsearch/jobsearch?searchstring=welder',
      'https://www.jobbank.gc.ca/jobsearch/jobposting/not-a-number',
      'https://www.guichetemplois.gc.ca/rechercheemplois/rechercheemplois?rechercher=soudeur',
    ],
  });
  itReadsFixture('jobbank--partner.html', {
    fields: {
      title: 'Backend Developer - Payments Platform',
      company: 'Quayside Ledger',
      locationText: 'Halifax, NS',
      employmentType: 'Casual employment',
      datePosted: 'March 09, 2026',
      validThrough: '2026-04-08',
      description:
        'Quayside Ledger builds the payment rails behind credit unions in Atlantic Canada. This is a fully remote position for people living in Canada. You will keep the settlement service fast and correct.',
      applyUrl: 'https://www.workopolis.example/jobs/88120',
      postingId: '41900217',
    },
    job: {
      title: 'Backend Developer - Payments Platform',
      company: 'Quayside Ledger',
      locationText: 'Halifax, NS',
      workplace: 'remote',
    },
  });

  itReadsFixture('jobbank.html', {
    fields: {
      title: 'welder',
      company: 'Tidewell Fabrication Ltd.',
      locationText: '88 Harbour Rd Yarmouth, NS B5A 1X2',
      employmentType: 'Permanent employment, Full time',
      datePosted: 'March 02, 2026',
      validThrough: '2026-04-01',
      description:
        'Education: Secondary (high) school graduation certificate. Tasks: Read blueprints and weld steel frames for boat trailers. Experience: 1 year to less than 2 years.\nWho can apply to this job?\nOnly apply to this job if:\nYou are a Canadian citizen, a permanent or a temporary resident of Canada.\nYou have a valid Canadian work permit.\nIf you are not authorized to work in Canada, do not apply.',
      postingId: '41825530',
      salaryText: 'CAD 31.5 per hour',
    },
    job: {
      title: 'welder',
      company: 'Tidewell Fabrication Ltd.',
      locationText: '88 Harbour Rd Yarmouth, NS B5A 1X2',
      workplace: 'unknown',
    },
  });

  it.each([
    ['jobbank.html', { employmentType: 'full-time', salary: [31.5, 31.5, 'CAD', 'hour'], countries: ['CA'] }],
    // "Casual employment" is none of our types; the partner's description is the pay-free body
    ['jobbank--partner.html', { employmentType: 'unknown', salary: null, countries: ['CA'] }],
  ])('%s: what the page means', (name, want) => {
    const { html, url } = siteFixture(name);
    const job = scan(siteDoc(html), url).job;
    const s = job?.salary;
    expect({
      employmentType: job?.employmentType,
      salary: s ? [s.min, s.max, s.currency, s.period] : null,
      countries: job?.eligibility.countries,
    }).toEqual(want);
  });

  it('shows the pay in the page’s own words, not the ones put together from its data', () => {
    const { html, url } = siteFixture('jobbank.html');
    const doc = siteDoc(html);
    const raw = scan(doc, url).job?.salary?.raw;
    expect(raw).toBe('31.50 hourly / 40 hours per week');
    // What the browser shows: the page's stylesheet hides `.hidden` ("$", "HOUR").
    doc.querySelectorAll('.hidden').forEach((el) => el.remove());
    expect(visibleText(doc.body).replace(/\s+/g, ' ')).toContain(raw);
  });

  it('takes the partner’s own title, not the occupation Job Bank heads it with', () => {
    const { html, url } = siteFixture('jobbank--partner.html');
    expect(readSite(siteDoc(html), url)?.fields.title?.evidence).toBe(
      'Title posted on Workopolis - Backend Developer - Payments Platform',
    );
  });
});
