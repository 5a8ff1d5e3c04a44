import { describe, expect, it } from 'vitest';
import { welcometothejunglePostingId } from '../../../../lib/page/sites/welcometothejungle';
import { itKnowsUrls, itReadsFixture } from '../../../helpers/site-expectations';

describe('Welcome to the Jungle', () => {
  itKnowsUrls('welcometothejungle', {
    postings: [
      'https://www.welcometothejungle.com/en/companies/lumen-atelier/jobs/product-designer-h-f_lyon_LUMEN_Xp4kR2a',
      'https://www.welcometothejungle.com/en/companies/lumen-atelier/jobs/product-designer-h-f_lyon_LUMEN_Xp4kR2a?q=7c1e0b2d&o=2417733',
      'https://www.welcometothejungle.com/fr/companies/rhone-pixel/jobs/ux-designer_villeurbanne_RHONE_b7Qe2Lm',
      'https://www.welcometothejungle.com/es/companies/calle-norte/jobs/backend-developer_madrid',
      'https://www.welcometothejungle.com/cs/companies/vltava-data/jobs/data-analyst_praha/',
    ],
    notPostings: [
      'https://www.welcometothejungle.com/en',
      'https://www.welcometothejungle.com/en/jobs?query=designer&refinementList%5Boffices.country_code%5D%5B%5D=FR',
      'https://www.welcometothejungle.com/en/companies/lumen-atelier',
      'https://www.welcometothejungle.com/en/companies/lumen-atelier/jobs',
      'https://www.welcometothejungle.com/fr/articles/comment-negocier-son-salaire',
    ],
  });

  it.each([
    [
      'https://www.welcometothejungle.com/en/companies/Lumen-Atelier/jobs/product-designer-h-f_lyon_LUMEN_Xp4kR2a?o=1',
      'lumen-atelier/product-designer-h-f_lyon_lumen_xp4kr2a',
    ],
    [
      'https://www.welcometothejungle.com/fr/companies/lumen-atelier/jobs/product-designer-h-f_lyon_LUMEN_Xp4kR2a',
      'lumen-atelier/product-designer-h-f_lyon_lumen_xp4kr2a',
    ],
    ['https://www.welcometothejungle.com/en/companies/lumen-atelier/jobs', undefined],
    ['https://www.example.com/en/companies/lumen-atelier/jobs/designer', undefined],
  ])('welcometothejunglePostingId(%s) = %s', (href, id) => {
    expect(welcometothejunglePostingId(new URL(href))).toBe(id);
  });

  itReadsFixture('welcometothejungle.html', {
    fields: {
      title: 'Product Designer (H/F)',
      company: 'Lumen Atelier',
      locationText: 'Lyon',
      workplace: 'Hybrid',
      employmentType: 'Permanent contract',
      datePosted: '2026-02-26T09:30:12Z',
      experience: '> 3 years',
      salaryText: '42K to 50K €',
      description:
        'Job description\nLumen Atelier designs lighting control software for theatres.\nDesign the cue editor with our lighting technicians\nRun usability sessions backstage\nPreferred experience\nThree years designing desktop tools\nFrench and English\nRecruitment process\nA call with Camille, then a design exercise with the team.',
      postingId: 'lumen-atelier/product-designer-h-f_lyon_lumen_xp4kr2a',
    },
    job: {
      title: 'Product Designer (H/F)',
      company: 'Lumen Atelier',
      locationText: 'Lyon',
      workplace: 'hybrid',
    },
  });
});
