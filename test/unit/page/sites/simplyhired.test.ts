import { describe, expect, it } from 'vitest';
import { readPage } from '../../../../lib/page/read-page';
import { findAdapter, readSite } from '../../../../lib/page/sites';
import { simplyhiredPostingId } from '../../../../lib/page/sites/simplyhired';
import { scan } from '../../../../lib/scan';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { siteDoc, siteFixture } from '../../../helpers/sites';

const KEY = 'Vt3kQ9mZrXbLp0Wd8YhN2sJf6CgA1uEo4TiRyKl5BnHx7Mq';
const PANE_KEY = 'Pq8mR2tXvZ0cK7nB4yLw9eHs1dGf3jUa6oIi5Qp';

/** A search page with one job open in its pane (the list of results on the left). */
const PANE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dental Front Desk Jobs in Spokane, WA | SimplyHired</title>
</head>
<body>
<div id="__next">
  <header class="css-1mpzfe"><a href="/">SimplyHired</a> <a href="/salaries">Salaries</a></header>
  <main class="css-1oj8x6a">
    <h1 class="chakra-heading css-1rhs9nj">Dental Front Desk jobs in Spokane, WA</h1>
    <div class="css-1w9ys7b">
      <ul id="job-list" class="css-1xyasxe">
        <li class="css-0">
          <div data-testid="searchSerpJob" data-jobkey="Pq8mR2tXvZ0cK7nB4yLw9eHs1dGf3jUa6oIi5Qp" class="css-f8dtpc">
            <h2 data-testid="searchSerpJobTitle" class="chakra-text css-8rdtm5"><a class="chakra-button css-1djbb1k" href="/job/Pq8mR2tXvZ0cK7nB4yLw9eHs1dGf3jUa6oIi5Qp">Front Desk Coordinator</a></h2>
            <p class="css-lvyu5j"><span data-testid="companyName">Riverbend Family Dentistry</span> — <span data-testid="searchSerpJobLocation">Spokane Valley, WA</span></p>
            <p data-testid="searchSerpJobSnippet">Greet patients, confirm appointments and verify insurance…</p>
            <p data-testid="searchSerpJobDateStamp">2d</p>
          </div>
        </li>
        <li class="css-0">
          <div data-testid="searchSerpJob" data-jobkey="Zr4nW8pLk2Jd6Tb0Cs9Ye1Hq5Mx3Ga7Fv-Uo_Ri" class="css-f8dtpc">
            <h2 data-testid="searchSerpJobTitle" class="chakra-text css-8rdtm5"><a class="chakra-button css-1djbb1k" href="/job/Zr4nW8pLk2Jd6Tb0Cs9Ye1Hq5Mx3Ga7Fv-Uo_Ri">Dental Receptionist</a></h2>
            <p class="css-lvyu5j"><span data-testid="companyName">Northgate Smiles</span> — <span data-testid="searchSerpJobLocation">Spokane, WA</span></p>
            <p data-testid="searchSerpJobSnippet">Busy two-doctor office needs a friendly receptionist…</p>
            <p data-testid="searchSerpJobDateStamp">5d</p>
          </div>
        </li>
      </ul>
      <div class="css-lgcyb9">
        <div class="css-1xunqv4">
          <h2 class="chakra-heading css-10yvquw" data-testid="viewJobTitle">Front Desk Coordinator</h2>
          <span data-testid="viewJobCompanyName"><span class="css-1b6xm7w"><span>Riverbend Family Dentistry</span></span></span>
          <span data-testid="viewJobCompanyLocation"><span class="css-1b6xm7w"><span data-testid="detailText">Spokane Valley, WA</span></span></span>
          <a class="chakra-button css-1wzc2gy" href="/apply/Pq8mR2tXvZ0cK7nB4yLw9eHs1dGf3jUa6oIi5Qp">Apply Now</a>
        </div>
        <div data-testid="viewJobBodyContainer" class="css-1ozqzb1">
          <h3 class="chakra-heading css-1e2q4mj">Job Details</h3>
          <span data-testid="viewJobBodyJobDetailsJobType"><span class="css-1tkgm4y"><span data-testid="detailText">Part-time</span></span></span>
          <span data-testid="viewJobBodyJobCompensation"><span class="css-1tkgm4y"><span data-testid="detailText">$19 - $23 an hour</span></span></span>
          <span data-testid="viewJobBodyJobPostingTimestamp"><span class="css-1tkgm4y"><span data-testid="detailText">2 days ago</span></span></span>
          <h3 class="chakra-heading css-1e2q4mj">Full Job Description</h3>
          <div data-testid="viewJobBodyJobFullDescriptionContent" class="css-cxpe4v">
            <p>Riverbend Family Dentistry is a three-chair practice in Spokane Valley.</p>
            <ul><li>Greet patients and keep the schedule full</li><li>Verify insurance before each visit</li></ul>
            <p>Tuesday to Friday, 8 to 2.</p>
          </div>
        </div>
      </div>
    </div>
  </main>
</div>
</body>
</html>`;

describe('SimplyHired', () => {
  itKnowsUrls('simplyhired', {
    postings: [
      `https://www.simplyhired.com/job/${KEY}`,
      `https://www.simplyhired.com/job/${KEY}?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply`,
      `https://www.simplyhired.com/search?q=dental+office+manager&l=Spokane%2C+WA&job=${KEY}`,
      `https://www.simplyhired.co.uk/job/${KEY}`,
      `https://www.simplyhired.ca/search?q=welder&l=Calgary%2C+AB&job=${KEY}`,
      `https://www.simplyhired.com.au/job/${KEY}`,
    ],
    notPostings: [
      'https://www.simplyhired.com/',
      'https://www.simplyhired.com/search?q=dental+office+manager&l=Spokane%2C+WA',
      'https://www.simplyhired.com/search?q=dental&l=Spokane%2C+WA&pn=2',
      'https://www.simplyhired.com/salaries',
      'https://www.simplyhired.co.uk/search?q=welder',
    ],
  });

  it.each([
    [`https://www.simplyhired.com/job/${KEY}`, KEY],
    [`https://www.simplyhired.com/search?q=x&l=y&job=${KEY}`, KEY],
    [`https://www.simplyhired.com.au/job/${KEY}?utm_source=x`, KEY],
    ['https://www.simplyhired.com/search?q=x&job=short', undefined],
    [`https://www.indeed.com/job/${KEY}`, undefined],
  ])('simplyhiredPostingId(%s) = %s', (href, id) => {
    expect(simplyhiredPostingId(new URL(href))).toBe(id);
  });

  // The pay is SimplyHired's own estimate: no salaryText, and no pay in the job.
  itReadsFixture('simplyhired.html', {
    fields: {
      title: 'Dental Office Manager',
      company: 'Halvorsen Dental Group',
      locationText: 'Spokane, WA',
      employmentType: 'Full-time',
      description:
        'Halvorsen Dental Group has four family practices around Spokane.\nWhat you will do\nRun the front office and the schedule for six dentists\nHandle insurance claims and patient billing\nWhat we look for\nTwo years managing a dental or medical office\nDentrix experience',
      postingId: KEY,
    },
    job: {
      title: 'Dental Office Manager',
      company: 'Halvorsen Dental Group',
      locationText: 'Spokane, WA',
      workplace: 'unknown',
    },
  });

  it('never reads its estimated pay as the employer’s', () => {
    const { html, url } = siteFixture('simplyhired.html');
    expect(scan(siteDoc(html), url).job?.salary ?? null).toBeNull();
    expect(readPage(siteDoc(html), url, findAdapter).reading?.structured.baseSalary).toBeUndefined();
    // the same figures written by the employer are its pay
    const stated = scan(siteDoc(html.replace('Estimated: $52,000', '$52,000')), url).job?.salary;
    expect(stated?.min).toBe(52000);
  });

  // The search page's pane. Not a fixture file: the generic detector calls this page 'none' (its
  // title and h1 name the search, not a role), so the whole pipeline would not read it; the
  // adapter's own reading is what is checked here.
  it('reads the job open in the search page’s pane, with the employer’s pay', () => {
    const url = new URL(
      `https://www.simplyhired.com/search?q=dental+front+desk&l=Spokane%2C+WA&job=${PANE_KEY}`,
    );
    const site = readSite(siteDoc(PANE), url);
    expect(site?.isPosting).toBe(true);
    const values = Object.fromEntries(Object.entries(site?.fields ?? {}).map(([k, f]) => [k, f?.value]));
    expect(values).toEqual({
      title: 'Front Desk Coordinator',
      company: 'Riverbend Family Dentistry',
      locationText: 'Spokane Valley, WA',
      employmentType: 'Part-time',
      salaryText: '$19 - $23 an hour',
      description:
        'Riverbend Family Dentistry is a three-chair practice in Spokane Valley.\nGreet patients and keep the schedule full\nVerify insurance before each visit\nTuesday to Friday, 8 to 2.',
      postingId: PANE_KEY,
    });
  });
});
