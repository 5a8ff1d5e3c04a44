import { describe, expect, it } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { jazzhrPostingId } from '../../../../lib/page/sites/jazzhr';

describe('JazzHR', () => {
  itKnowsUrls('jazzhr', {
    postings: [
      'https://copperleafdental.applytojob.com/apply/Qm7TzR2kLp/Dental-Office-Manager',
      'https://copperleafdental.applytojob.com/apply/Qm7TzR2kLp',
      'https://copperleafdental.applytojob.com/apply/Qm7TzR2kLp/262248-Dental-Office-Manager-Twin-Falls?source=Indeed',
    ],
    notPostings: [
      'https://copperleafdental.applytojob.com/apply',
      'https://copperleafdental.applytojob.com/apply/',
      'https://copperleafdental.applytojob.com/apply/jobs',
      'https://copperleafdental.applytojob.com/apply/jobs/?city=Boise',
      'https://copperleafdental.applytojob.com/apply/jobs/details/Qm7TzR2kLp',
      'https://copperleafdental.applytojob.com/apply/thanks',
    ],
  });

  itReadsFixture('jazzhr.html', {
    fields: {
      title: 'Dental Office Manager',
      company: 'Copperleaf Dental Group',
      locationText: 'Twin Falls, ID',
      employmentType: 'Full Time',
      description: [
        'Copperleaf Dental Group runs four family practices in southern Idaho.',
        'Responsibilities',
        'Run the front desk and the schedule for six chairs',
        'Keep insurance claims moving',
        'Pay',
        '$24 - $29 per hour, depending on experience.',
      ].join('\n'),
      postingId: 'Qm7TzR2kLp',
    },
    job: {
      title: 'Dental Office Manager',
      company: 'Copperleaf Dental Group',
      locationText: 'Twin Falls, ID',
      workplace: 'unknown',
    },
  });

  itReadsFixture('jazzhr--legacy.html', {
    fields: {
      title: 'Night Shift Dispatcher',
      company: 'Ridgeline Freight Services',
      locationText: 'Amarillo, TX',
      employmentType: 'Part Time',
      description: [
        'Ridgeline Freight Services hauls grain and farm equipment across the Texas Panhandle.',
        'Our dispatchers keep forty trucks moving overnight.',
        'Assign loads and plan routes',
        'Answer driver calls between 10pm and 6am',
      ].join('\n'),
      postingId: 'Hx4Vb9WqTe',
    },
    job: {
      title: 'Night Shift Dispatcher',
      company: 'Ridgeline Freight Services',
      locationText: 'Amarillo, TX',
      workplace: 'unknown',
    },
  });

  it.each([
    ['https://copperleafdental.applytojob.com/apply/Qm7TzR2kLp/Dental-Office-Manager', 'Qm7TzR2kLp'],
    ['https://copperleafdental.applytojob.com/apply/Qm7TzR2kLp', 'Qm7TzR2kLp'],
    ['https://copperleafdental.applytojob.com/apply/jobs/details/Qm7TzR2kLp', 'Qm7TzR2kLp'],
    ['https://copperleafdental.applytojob.com/apply/jobs', undefined],
    ['https://example.com/apply/Qm7TzR2kLp/Dental-Office-Manager', undefined],
  ])('jazzhrPostingId(%s) is %s', (href, id) => {
    expect(jazzhrPostingId(new URL(href))).toBe(id);
  });
});
