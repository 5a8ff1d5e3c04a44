import { describe, expect, it } from 'vitest';
import { atsKey } from '../../../lib/saved-jobs/ats';
import {
  companyKeyOf,
  matchWords,
  identityKeys,
  keysConflict,
  titleKeyOf,
} from '../../../lib/saved-jobs/identity';
import { mergeNotes } from '../../../lib/saved-jobs/merge';

describe('ATS and board ids from any URL', () => {
  it.each<[string, string | null]>([
    ['https://boards.greenhouse.io/northwind/jobs/4410021', 'ats:greenhouse:4410021'],
    ['https://job-boards.eu.greenhouse.io/northwind/jobs/4410021?gh_src=x', 'ats:greenhouse:4410021'],
    ['https://boards.greenhouse.io/embed/job_app?for=northwind&token=4410021', 'ats:greenhouse:4410021'],
    ['https://northwind.example/careers/open?gh_jid=4410021', 'ats:greenhouse:4410021'],
    [
      'https://jobs.lever.co/acme/0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0/apply',
      'ats:lever:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
    ],
    [
      'https://jobs.ashbyhq.com/acme/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
      'ats:ashby:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
    ],
    ['https://apply.workable.com/acme/j/1a2b3c4d5e/', 'ats:workable:1A2B3C4D5E'],
    [
      'https://jobs.smartrecruiters.com/Acme/743999912345678-backend-engineer',
      'ats:smartrecruiters:743999912345678',
    ],
    ['https://www.linkedin.com/jobs/view/backend-engineer-at-acme-3900123456/', 'ats:linkedin:3900123456'],
    ['https://www.linkedin.com/jobs/search/?currentJobId=3900123456', 'ats:linkedin:3900123456'],
    ['https://uk.indeed.com/viewjob?jk=0123456789ABCDEF&from=serp', 'ats:indeed:0123456789abcdef'],
    ['https://www.indeed.com/cmp/Acme/jobs/Backend-Engineer-0123456789abcdef', 'ats:indeed:0123456789abcdef'],
    ['https://wellfound.com/jobs/2901234-backend-engineer', 'ats:wellfound:2901234'],
    [
      'https://mapleridge.wd3.myworkdayjobs.com/en-US/Careers/job/Toronto-ON/Data-Engineer_R10482/apply',
      'ats:workday:mapleridge:R10482',
    ],
    ['https://careers-acme.icims.com/jobs/4471/planner/job?in_iframe=1', 'ats:icims:careers-acme:4471'],
    ['https://acme.bamboohr.com/careers/148', 'ats:bamboohr:acme:148'],
    ['https://acme.recruitee.com/o/designer/c/new', 'ats:recruitee:acme:designer'],
    ['https://www.glassdoor.co.uk/job-listing/j?jl=1009123456789', 'ats:glassdoor:1009123456789'],
    ['https://www.seek.com.au/job/81234567?type=standard', 'ats:seek:81234567'],
    ['https://boards.greenhouse.io/northwind', null],
    ['https://example.com/jobs/4410021', null],
    ['javascript:alert(1)//boards.greenhouse.io/x/jobs/1', null],
    ['not a url', null],
  ])('%s', (url, key) => {
    expect(atsKey(url)).toBe(key);
  });
});

describe('normalised company and title', () => {
  it.each([
    ['Northwind Labs, Inc.', 'northwind labs'],
    ['NORTHWIND LABS LLC', 'northwind labs'],
    ['Zürich Versicherungs GmbH', 'zurich versicherungs'],
    ['AT&T', 'at and t'],
    ['AB Tech Co. Ltd', 'ab tech'],
    ['Work As One', 'work as one'],
    ['', ''],
  ])('company %j → %j', (company, key) => {
    expect(companyKeyOf(company)).toBe(key);
  });

  it.each([
    ['Sr. Backend Engineer - Remote (US)', 'senior backend engineer'],
    ['Senior Backend Engineer', 'senior backend engineer'],
    ['Data Platform Engineer - Remote (W2)', 'data platform engineer'],
    ['Software Engineer (Backend) | Remote', 'software engineer backend'],
    ['Software Engineer (Frontend)', 'software engineer frontend'],
    ['Product Designer, Payments', 'product designer payments'],
    ['Remote Support Agent', 'remote support agent'],
  ])('title %j → %j', (title, key) => {
    expect(titleKeyOf(title)).toBe(key);
  });
});

describe('identity keys', () => {
  it('lists page, ATS, posting id and company-title keys, strongest first', () => {
    expect(
      identityKeys({
        url: 'https://www.remotewlb.com/job/platform-engineer-88?utm_source=x',
        site: 'remotewlb',
        postingId: 'RW-88',
        applyUrl: 'https://boards.greenhouse.io/northwind/jobs/4410021',
        company: 'Northwind Labs',
        title: 'Platform Engineer',
      }),
    ).toEqual([
      'url:https://remotewlb.com/job/platform-engineer-88',
      'ats:greenhouse:4410021',
      'post:remotewlb:rw-88',
      'title:northwind labs|platform engineer',
    ]);
  });

  it.each<[string, string[], string[], boolean]>([
    ['two ids in one ATS', ['ats:greenhouse:1', 'title:a|b'], ['ats:greenhouse:2', 'title:a|b'], true],
    ['ids in different systems', ['ats:greenhouse:1', 'title:a|b'], ['ats:linkedin:2', 'title:a|b'], false],
    ['one id shared', ['ats:linkedin:1', 'ats:linkedin:2'], ['ats:linkedin:2'], false],
    ['two pages on one board', ['url:https://x.example/1'], ['url:https://x.example/2'], true],
    ['pages on two boards', ['url:https://x.example/1'], ['url:https://y.example/1'], false],
    ['only titles', ['title:a|b'], ['title:a|b'], false],
  ])('%s conflict: %j %j', (_, a, b, conflict) => {
    expect(keysConflict(a, b)).toBe(conflict);
  });
});

describe('merging notes', () => {
  it.each([
    ['new', '', 'new'],
    ['', 'old', 'old'],
    ['same', 'same', 'same'],
    ['old and more', 'old', 'old and more'],
    ['newer', 'older', 'newer\n\nolder'],
  ])('%j + %j', (newer, older, want) => {
    expect(mergeNotes(newer, older)).toBe(want);
  });
});

describe('matchWords', () => {
  it.each([
    ['Backend Engineer (Remote) & Co.', 'backend engineer remote and co'],
    ['Café Zürich — Ingénieur', 'cafe zurich ingenieur'],
    ['ＦＵＬＬ　ＷＩＤＴＨ', 'full width'],
    ['  ', ''],
  ])('%j', (text, want) => {
    expect(matchWords(text)).toBe(want);
  });
});
