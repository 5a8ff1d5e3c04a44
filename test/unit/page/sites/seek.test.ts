import { describe, expect, it } from 'vitest';
import { seekPostingId } from '../../../../lib/page/sites/seek';
import { readSite } from '../../../../lib/page/sites';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { siteDoc, siteFixture } from '../../../helpers/sites';

describe('SEEK', () => {
  itKnowsUrls('seek', {
    postings: [
      'https://www.seek.com.au/job/81234567',
      'https://www.seek.com.au/job/81234567?type=standard&ref=search-standalone&origin=cardTitle',
      'https://au.seek.com/job/95004165',
      'https://www.seek.co.nz/job/84961018',
      'https://nz.seek.com/job/84961018/',
      'https://www.seek.com.au/jobs?jobId=94260401&tracking=search',
      'https://www.seek.com.au/payroll-jobs/in-Geelong-VIC-3220?jobId=81234567&type=promoted',
      'https://www.seek.com.au/jobs-in-information-communication-technology?jobId=88776655',
      'https://id.jobstreet.com/id/job/81277331',
      'https://ph.jobstreet.com/job/81299002',
      'https://ph.jobstreet.com/accountant-jobs/in-Makati-City?jobId=81299002&type=standard',
      'https://my.jobstreet.com/en/job/81300442',
      'https://hk.jobsdb.com/job/81311520',
      'https://th.jobsdb.com/th/job/81322004',
    ],
    notPostings: [
      'https://www.seek.com.au/',
      'https://www.seek.com.au/jobs?keywords=payroll&where=Geelong',
      'https://www.seek.com.au/payroll-jobs/in-Geelong-VIC-3220',
      'https://www.seek.com.au/job/81234567/apply',
      'https://au.seek.com/job/95004165/apply/resume',
      'https://www.seek.com.au/companies/kestrel-bay-health-168553',
      'https://www.seek.com.au/career-advice/article/how-to-write-a-cover-letter',
      'https://ph.jobstreet.com/accountant-jobs/in-Makati-City',
      'https://id.jobstreet.com/id/my-activity/applied-jobs',
      'https://hk.jobsdb.com/jobs?jobId=not-a-job',
    ],
  });

  it.each([
    ['https://www.seek.com.au/job/81234567?type=standard', '81234567'],
    ['https://au.seek.com/job/94120997/apply/personal-details', '94120997'],
    ['https://www.seek.co.nz/jobs?jobId=88776655', '88776655'],
    ['https://id.jobstreet.com/id/job/81277331', '81277331'],
    ['https://th.jobsdb.com/th/job/81322004', '81322004'],
    ['https://www.seek.com.au/jobs?keywords=payroll', undefined],
    ['https://talent.example.com/job/81234567', undefined],
  ])('seekPostingId(%s) = %s', (href, id) => {
    expect(seekPostingId(new URL(href))).toBe(id);
  });

  itReadsFixture('seek.html', {
    fields: {
      title: 'Payroll Officer',
      company: 'Kestrel Bay Health',
      locationText: 'Geelong VIC',
      workplace: 'Hybrid',
      employmentType: 'Full time',
      datePosted: '2026-03-04T01:12:44.000Z',
      salaryText: '$78,000 – $85,000 + super',
      description:
        'Kestrel Bay Health runs three private day hospitals across the Barwon region.\nAbout the role\nProcess fortnightly pay for 600 staff\nReconcile leave balances with the rostering team\nAbout you\nTwo years in payroll\nFull working rights in Australia',
      postingId: '81234567',
    },
    job: {
      title: 'Payroll Officer',
      company: 'Kestrel Bay Health',
      locationText: 'Geelong VIC',
      workplace: 'hybrid',
    },
  });

  // The split view of a search page: the state embedded with the page is for the job it opened with
  // (81298877), not the one the address now names.
  itReadsFixture('seek--jobstreet.html', {
    fields: {
      title: 'Accounts Payable Specialist',
      company: 'Luzon Crest Shipping',
      locationText: 'Makati City, Metro Manila',
      employmentType: 'Contract/Temp',
      description:
        'Luzon Crest Shipping needs an accounts payable specialist in Makati for a six-month project.\nMatch supplier invoices to purchase orders\nPrepare the weekly payment run\nWork is in our Makati office, Monday to Friday.',
      postingId: '81299002',
    },
    job: {
      title: 'Accounts Payable Specialist',
      company: 'Luzon Crest Shipping',
      locationText: 'Makati City, Metro Manila',
      workplace: 'unknown',
    },
  });

  it('reads no company when the advertiser hid its name ("Private Advertiser")', () => {
    for (const name of ['seek.html', 'seek--jobstreet.html']) {
      const { html, url } = siteFixture(name);
      const hidden = html.replace(
        /(Kestrel Bay Health|Luzon Crest Shipping)(?=<\/span>|")/g,
        'Private Advertiser',
      );
      const site = readSite(siteDoc(hidden), url);
      expect(site?.fields.title?.value, name).toBeTruthy();
      expect(site?.fields.company, name).toBeUndefined();
    }
  });
});
