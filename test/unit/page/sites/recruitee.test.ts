import { describe, expect, it } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { recruiteePostingId } from '../../../../lib/page/sites/recruitee';

describe('Recruitee', () => {
  itKnowsUrls('recruitee', {
    postings: [
      'https://tidewaterenergy.recruitee.com/o/senior-firmware-engineer',
      'https://tidewaterenergy.recruitee.com/o/senior-firmware-engineer?lang=en',
      'https://tidewaterenergy.recruitee.com/o/senior-firmware-engineer/c/new',
    ],
    notPostings: [
      'https://tidewaterenergy.recruitee.com/',
      'https://tidewaterenergy.recruitee.com/?jobs-c08a5887%5Bsearch%5D=firmware',
      'https://tidewaterenergy.recruitee.com/api/offers/',
      'https://tidewaterenergy.recruitee.com/api/offers/senior-firmware-engineer',
    ],
  });

  itReadsFixture('recruitee.html', {
    fields: {
      title: 'Senior Firmware Engineer',
      locationText: 'Utrecht, Netherlands; Ghent, Belgium',
      workplace: 'Hybrid',
      description: [
        'Tidewater Energy builds controllers for home batteries.',
        'What you will do',
        'Write firmware for our charge controllers',
        'Review hardware schematics with the electronics team',
        'Six years of embedded C',
        'Professional fluency in English',
      ].join('\n'),
      postingId: 'senior-firmware-engineer',
    },
    job: {
      title: 'Senior Firmware Engineer',
      company: 'Tidewater Energy',
      locationText: 'Utrecht, Netherlands; Ghent, Belgium',
      workplace: 'hybrid',
    },
  });

  it.each([
    [
      'https://tidewaterenergy.recruitee.com/o/senior-firmware-engineer',
      'tidewaterenergy:senior-firmware-engineer',
    ],
    [
      'https://tidewaterenergy.recruitee.com/o/Senior-Firmware-Engineer/c/new?utm_source=x',
      'tidewaterenergy:senior-firmware-engineer',
    ],
    ['https://tidewaterenergy.recruitee.com/', undefined],
    ['https://careers.tidewater.example/o/senior-firmware-engineer', undefined],
  ])('recruiteePostingId(%s) is %s', (href, id) => {
    expect(recruiteePostingId(new URL(href))).toBe(id);
  });
});
