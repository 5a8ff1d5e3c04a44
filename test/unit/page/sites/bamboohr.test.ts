import { describe, expect, it } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { bamboohrPostingId } from '../../../../lib/page/sites/bamboohr';

describe('BambooHR', () => {
  itKnowsUrls('bamboohr', {
    postings: [
      'https://bramblewood.bamboohr.com/careers/148',
      'https://bramblewood.bamboohr.com/careers/148?source=aWQ9MTI%3D',
      'https://bramblewood.bamboohr.com/jobs/view.php?id=148',
    ],
    notPostings: [
      'https://bramblewood.bamboohr.com/careers',
      'https://bramblewood.bamboohr.com/careers/',
      'https://bramblewood.bamboohr.com/careers/list',
      'https://bramblewood.bamboohr.com/careers/148/detail',
      'https://bramblewood.bamboohr.com/jobs/view.php',
      'https://www.bamboohr.com/careers/148',
    ],
  });

  itReadsFixture('bamboohr.html', {
    fields: {
      title: 'Customer Experience Lead',
      postingId: '148',
    },
    job: {
      title: 'Customer Experience Lead',
      company: 'Bramblewood Outfitters',
      locationText: 'Bozeman, Montana',
      workplace: 'hybrid',
    },
  });

  it.each([
    ['https://bramblewood.bamboohr.com/careers/148', 'bramblewood:148'],
    ['https://bramblewood.bamboohr.com/careers/148?source=aWQ9MTI%3D', 'bramblewood:148'],
    ['https://bramblewood.bamboohr.com/jobs/view.php?id=148', 'bramblewood:148'],
    ['https://bramblewood.bamboohr.com/careers/148/detail', 'bramblewood:148'],
    ['https://bramblewood.bamboohr.com/careers', undefined],
    ['https://bramblewood.bamboohr.com/home', undefined],
    ['https://www.bamboohr.com/careers/148', undefined],
  ])('bamboohrPostingId(%s) is %s', (href, id) => {
    expect(bamboohrPostingId(new URL(href))).toBe(id);
  });
});
