import { describe } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';

describe('Indeed', () => {
  itKnowsUrls('indeed', {
    postings: [
      'https://www.indeed.com/viewjob?jk=3f9a1c7e5b2d4a60',
      'https://uk.indeed.com/viewjob?jk=3F9A1C7E5B2D4A60&from=serp',
      'https://www.indeed.com/m/viewjob?jk=3f9a1c7e5b2d4a60',
      'https://www.indeed.com/jobs?q=data+engineer&l=Remote&vjk=a1b2c3d4e5f60718',
      'https://fr.indeed.com/emplois?q=data&l=Paris&vjk=a1b2c3d4e5f60718',
      'https://www.indeed.com/?vjk=a1b2c3d4e5f60718',
      'https://ca.indeed.com/rc/clk?jk=3f9a1c7e5b2d4a60&bb=Xy12&fccid=0a1b2c3d4e5f6a7b&vjs=3',
      'https://de.indeed.com/viewjob?jk=3f9a1c7e5b2d4a60',
      'https://au.indeed.com/jobs?q=nurse&vjk=a1b2c3d4e5f60718',
      'https://www.indeed.com/job/warehouse-systems-analyst-3f9a1c7e5b2d4a60',
      'https://www.indeed.com/cmp/Brambleton-Supply/jobs/Warehouse-Systems-Analyst-3f9a1c7e5b2d4a60',
    ],
    notPostings: [
      'https://www.indeed.com/jobs?q=data+engineer&l=Remote',
      'https://www.indeed.com/jobs?q=data&start=10',
      'https://www.indeed.com/viewjob?jk=not-a-key',
      'https://www.indeed.com/rc/clk?jk=&bb=Xy12',
      'https://www.indeed.com/cmp/Brambleton-Supply/jobs',
      'https://www.indeed.com/job/warehouse-systems-analyst',
      'https://www.indeed.com/',
    ],
  });
  itReadsFixture('indeed--pane.html', {
    fields: {
      // the heading as written, its screen-reader tail included; the job's title drops it
      title: 'Data Engineer - job post',
      company: 'Fennick Health',
      locationText: 'Remote',
      employmentType: 'Contract',
      datePosted: '2026-02-09T00:00:00.000Z',
      description:
        'Fennick Health is rebuilding the data platform behind its clinic scheduling app.\nResponsibilities\nMove nightly batch jobs to streaming\nDocument every table you touch\nRequirements\nFour years of data engineering\nBased in the United States',
      postingId: 'a1b2c3d4e5f60718',
      salaryText: '$55 - $70 an hour',
    },
    job: { title: 'Data Engineer', company: 'Fennick Health', locationText: 'Remote', workplace: 'remote' },
  });

  // an older job page (before 2023), its key in the path: an h3 heading, class hooks only
  itReadsFixture('indeed--older.html', {
    fields: {
      title: 'Dispatch Coordinator',
      company: 'Copperline Freight',
      locationText: 'Reno, NV 89502',
      description:
        "Copperline Freight moves produce across the Great Basin.\nWhat you will do\nPlan the next day's routes with the drivers\nKeep shippers informed when loads run late\nThis position works on site at our Reno yard.",
      postingId: '7c21e0a9b4d35f18',
    },
    job: {
      title: 'Dispatch Coordinator',
      company: 'Copperline Freight',
      locationText: 'Reno, NV 89502',
      workplace: 'onsite',
    },
  });

  itReadsFixture('indeed.html', {
    fields: {
      title: 'Warehouse Systems Analyst - job post',
      company: 'Brambleton Supply Co.',
      locationText: 'Columbus, OH 43215',
      workplace: 'Hybrid work',
      employmentType: 'Full-time',
      description:
        'Brambleton Supply Co. runs four distribution centers in Ohio.\nResponsibilities\nKeep the warehouse management system in step with the floor\nWrite the reports the shift leads read every morning\nQualifications\nTwo years with a WMS\nAble to be on site in Columbus four days a week',
      postingId: '3f9a1c7e5b2d4a60',
      salaryText: '$68,000 - $82,000 a year',
    },
    job: {
      title: 'Warehouse Systems Analyst',
      company: 'Brambleton Supply Co.',
      locationText: 'Columbus, OH 43215',
      workplace: 'hybrid',
    },
  });
});
