import { describe, expect, it } from 'vitest';
import { glassdoorPostingId } from '../../../../lib/page/sites/glassdoor';
import { scan } from '../../../../lib/scan';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { siteDoc, siteFixture } from '../../../helpers/sites';

const salaryOf = (name: string) => {
  const { html, url } = siteFixture(name);
  return scan(siteDoc(html), url).job?.salary ?? null;
};

describe('Glassdoor', () => {
  itKnowsUrls('glassdoor', {
    postings: [
      'https://www.glassdoor.com/job-listing/senior-data-analyst-tidewell-logistics-JV_IC1154532_KO0,19_KE20,38.htm?jl=1009512874631',
      'https://www.glassdoor.com/job-listing/j?jl=1009512874631',
      'https://www.glassdoor.co.uk/job-listing/data-engineer-fernby-JV_IC2671300_KO0,13_KE14,20.htm?jl=1009433021876&pos=101&ao=1110586',
      'https://www.glassdoor.de/job-listing/embedded-entwickler-mwd-kelterbach-systems-JV_IC4990924_KO0,23_KE24,42.htm?jl=1009488120045',
      'https://www.glassdoor.com.au/job-listing/analyst-wattle-JV_KO0,7_KE8,14.htm?jl=1009470051133',
      'https://www.glassdoor.com/Job/houston-tx-analyst-jobs-SRCH_IL.0,10_IC1154532_KO11,18.htm?jl=1009501137702',
      'https://www.glassdoor.com/Job/index.htm?jl=1009501137702',
      'https://www.glassdoor.ca/Job/toronto-developer-jobs-SRCH_IL.0,7_IC2281069_KO8,17.htm?jl=1009633080810',
    ],
    notPostings: [
      'https://www.glassdoor.com/Job/houston-tx-analyst-jobs-SRCH_IL.0,10_IC1154532_KO11,18.htm',
      'https://www.glassdoor.com/Job/index.htm',
      'https://www.glassdoor.com/Job/jobs.htm?sc.keyword=analyst&locT=C&locId=1154532',
      'https://www.glassdoor.com/job-listing/j?jl=not-a-listing',
      'https://www.glassdoor.fr/Job/paris-developpeur-emplois-SRCH_IL.0,5_IC2881970_KO6,17.htm?p=2',
    ],
  });

  it.each([
    ['https://www.glassdoor.com/job-listing/j?jl=1009512874631', '1009512874631'],
    ['https://www.glassdoor.de/Job/index.htm?jl=1009488120045', '1009488120045'],
    [
      'https://www.glassdoor.com/partner/jobListing.htm?pos=101&ao=1136043&jobListingId=1009633080810',
      '1009633080810',
    ],
    ['https://www.glassdoor.com/Job/index.htm', undefined],
    ['https://www.glassdoor.com/Reviews/index.htm?jl=abc', undefined],
    ['https://jobs.example.com/apply?jl=1009512874631', undefined],
  ])('glassdoorPostingId(%s) = %s', (href, id) => {
    expect(glassdoorPostingId(new URL(href))).toBe(id);
  });

  itReadsFixture('glassdoor.html', {
    fields: {
      title: 'Senior Data Analyst',
      company: 'Tidewell Logistics',
      locationText: 'Houston, TX',
      description:
        'Tidewell Logistics moves refrigerated freight along the Gulf Coast.\nWhat you will do\nOwn the weekly lane-profitability report\nModel fuel surcharges with the pricing team\nWhat you bring\nFive years of SQL\nThis is an on-site role at our Houston terminal',
      postingId: '1009512874631',
    },
    job: {
      title: 'Senior Data Analyst',
      company: 'Tidewell Logistics',
      locationText: 'Houston, TX',
      workplace: 'onsite',
    },
  });

  // The header's "(Glassdoor est.)", the "Base pay range" section and the JSON-LD baseSalary are all
  // Glassdoor's estimate: the job has no pay.
  it("glassdoor.html: Glassdoor's own estimate is not the job's pay", () => {
    expect(salaryOf('glassdoor.html')).toBeNull();
  });

  it("glassdoor--pane.html: the pay the employer provided is the job's", () => {
    expect(salaryOf('glassdoor--pane.html')).toMatchObject({ min: 70000, max: 88000, source: 'adapter' });
  });

  itReadsFixture('glassdoor--pane.html', {
    fields: {
      title: 'BI Analyst',
      company: 'Harbor Chem',
      locationText: 'Pasadena, TX',
      description:
        'Harbor Chem blends industrial coatings for the ship-repair yards of the Houston Ship Channel.\nResponsibilities\nBuild the plant dashboards in Power BI\nClean up the batch-yield tables with the lab\nThis is an on-site position in Pasadena.',
      salaryText: '$70K - $88K',
      postingId: '1009501137702',
    },
    job: { title: 'BI Analyst', company: 'Harbor Chem', locationText: 'Pasadena, TX', workplace: 'onsite' },
  });
});
