import { describe, expect, it } from 'vitest';
import { workdayPostingId } from '../../../../lib/page/sites/workday';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';

describe('Workday', () => {
  itKnowsUrls('workday', {
    postings: [
      'https://mapleridge.wd3.myworkdayjobs.com/en-US/MapleRidge_Careers/job/Toronto-ON/Senior-Data-Engineer_R10482',
      'https://mapleridge.wd3.myworkdayjobs.com/MapleRidge_Careers/job/Toronto-ON/Senior-Data-Engineer_R10482/',
      'https://mapleridge.wd3.myworkdayjobs.com/fr-CA/MapleRidge_Careers/job/Montral-QC/Ingnieur-de-donnes_JR-0042',
      'https://mapleridge.wd3.myworkdayjobs.com/en-US/MapleRidge_Careers/details/Senior-Data-Engineer_R10482?q=data',
      'https://wd5.myworkdaysite.com/en-US/recruiting/mapleridge/External/job/Remote-Canada/Analyst_R777',
    ],
    notPostings: [
      'https://mapleridge.wd3.myworkdayjobs.com/en-US/MapleRidge_Careers',
      'https://mapleridge.wd3.myworkdayjobs.com/en-US/MapleRidge_Careers?locations=12ab',
      'https://mapleridge.wd3.myworkdayjobs.com/en-US/MapleRidge_Careers/job/Toronto-ON/Senior-Data-Engineer_R10482/apply',
      'https://mapleridge.wd3.myworkdayjobs.com/en-US/MapleRidge_Careers/job/Toronto-ON/Senior-Data-Engineer_R10482/apply/applyManually',
      'https://mapleridge.wd3.myworkdayjobs.com/en-US/MapleRidge_Careers/userHome',
    ],
  });

  it.each([
    [
      'https://mapleridge.wd3.myworkdayjobs.com/en-US/MapleRidge_Careers/job/Toronto-ON/Senior-Data-Engineer_R10482',
      'mapleridge:R10482',
    ],
    [
      'https://MapleRidge.wd3.myworkdayjobs.com/MapleRidge_Careers/details/Senior-Data-Engineer_r10482',
      'mapleridge:R10482',
    ],
    ['https://other.wd1.myworkdayjobs.com/Ext/job/Toronto-ON/Senior-Data-Engineer_R10482', 'other:R10482'],
    ['https://mapleridge.wd3.myworkdayjobs.com/en-US/MapleRidge_Careers', undefined],
    ['https://example.com/job/Toronto-ON/Senior-Data-Engineer_R10482', undefined],
    [
      'https://wd5.myworkdaysite.com/en-US/recruiting/mapleridge/External/job/Remote-Canada/Analyst_R777',
      'mapleridge:R777',
    ],
  ])('%s names posting %s', (href, id) => {
    expect(workdayPostingId(new URL(href))).toBe(id);
  });

  itReadsFixture('workday.html', {
    fields: {
      title: 'Senior Data Engineer',
      locationText: 'Toronto, ON; Ottawa, ON',
      workplace: 'Hybrid',
      employmentType: 'Full time',
      description:
        'Maple Ridge Analytics builds forecasting tools for regional grocers.\nWhat you will do\nOwn the ingestion pipelines that feed our demand models\nPair with analysts on data quality\nWhere you will work\nThis is a hybrid role: three days a week in our Toronto or Ottawa office. Candidates must be legally entitled to work in Canada.\nThe base salary range for this role is $118,000 - $142,000 CAD per year.',
      postingId: 'R10482',
    },
    job: {
      title: 'Senior Data Engineer',
      company: 'Maple Ridge Analytics',
      locationText: 'Toronto, ON; Ottawa, ON',
      workplace: 'hybrid',
    },
  });
});
