import { describe, expect, it } from 'vitest';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';
import { breezyPostingId } from '../../../../lib/page/sites/breezy';

describe('Breezy HR', () => {
  itKnowsUrls('breezy', {
    postings: [
      'https://quillmark.breezy.hr/p/9a3f1c2e7b6d-senior-support-engineer',
      'https://quillmark.breezy.hr/p/9a3f1c2e7b6d-senior-support-engineer?source=linkedin',
      'https://quillmark.breezy.hr/p/9a3f1c2e7b6d',
      'https://quillmark.breezy.hr/p/9a3f1c2e7b6d/senior-support-engineer',
    ],
    notPostings: [
      'https://quillmark.breezy.hr/',
      'https://quillmark.breezy.hr/json',
      'https://quillmark.breezy.hr/p/9a3f1c2e7b6d-senior-support-engineer/apply',
      'https://quillmark.breezy.hr/p/9a3f1c2e7b6d/apply',
    ],
  });

  itReadsFixture('breezy.html', {
    fields: {
      title: 'Senior Support Engineer',
      company: 'Quillmark',
      locationText: 'Canada - Remote OK',
      employmentType: 'Full-Time',
      description: [
        'Quillmark makes invoicing software for freelance translators.',
        "What you'll do",
        'Solve the tickets our first line cannot',
        'Write the help articles you wish existed',
        'Requirements',
        'Three years in software support',
        'You live in Canada and can work Eastern Time hours',
      ].join('\n'),
      postingId: '9a3f1c2e7b6d',
    },
    job: {
      title: 'Senior Support Engineer',
      company: 'Quillmark',
      locationText: 'Canada - Remote OK',
      workplace: 'remote',
    },
  });

  it.each([
    ['https://quillmark.breezy.hr/p/9a3f1c2e7b6d-senior-support-engineer', '9a3f1c2e7b6d'],
    ['https://quillmark.breezy.hr/p/9a3f1c2e7b6d-senior-support-engineer/apply', '9a3f1c2e7b6d'],
    ['https://quillmark.breezy.hr/p/9A3F1C2E7B6D', '9a3f1c2e7b6d'],
    ['https://quillmark.breezy.hr/', undefined],
    ['https://app.breezy.hr/p/9a3f1c2e7b6d', undefined],
  ])('breezyPostingId(%s) is %s', (href, id) => {
    expect(breezyPostingId(new URL(href))).toBe(id);
  });
});
