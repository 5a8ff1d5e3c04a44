import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../lib/analysis/title-clean';

describe('the title without the employer, pay or board around it', () => {
  it.each<[string, string | null, string]>([
    ['Senior Backend Engineer (Remote, US) - $150k-$180k', null, 'Senior Backend Engineer (Remote, US)'],
    ['Senior Product Designer | Acme', 'Acme', 'Senior Product Designer'],
    ['Staff Engineer - Acme - Career Page', 'Acme', 'Staff Engineer'],
    ['Warehouse Systems Analyst - job post', null, 'Warehouse Systems Analyst'],
    ['Job Post Designer', null, 'Job Post Designer'],
    ['Python Developer — Remote — $60/hr', null, 'Python Developer — Remote'],
    ['ANDROID DEVELOPER - UP TO 6k EUR', null, 'ANDROID DEVELOPER'],
    ['Full-Stack Developer (R$ 8.000 - R$ 12.000)', null, 'Full-Stack Developer'],
    ['Job Application for Staff Engineer', null, 'Staff Engineer'],
    ['Hiring: Senior Data Engineer', null, 'Senior Data Engineer'],
    // where the job is, and the separators as written, stay
    ['Frontend Engineer – Berlin, Germany', null, 'Frontend Engineer – Berlin, Germany'],
    ['Paid Search Specialist (Europe)', null, 'Paid Search Specialist (Europe)'],
    // an office's address in brackets is where, not what; an area is the role's reach
    [
      'Full Stack Developer Im Gesundheitswesen (Bremen, Deutschland)',
      null,
      'Full Stack Developer Im Gesundheitswesen',
    ],
    ['Data Engineer (San Francisco, CA)', null, 'Data Engineer'],
    ['Account Executive (US, Canada)', null, 'Account Executive (US, Canada)'],
    ['Backend Developer (Java, Kotlin)', null, 'Backend Developer (Java, Kotlin)'],
    [
      'Full Stack Developer (React / Laravel) | AI for WordPress',
      null,
      'Full Stack Developer (React / Laravel) | AI for WordPress',
    ],
    [
      'Senior Software Engineer, Payments (Remote - Canada)',
      null,
      'Senior Software Engineer, Payments (Remote - Canada)',
    ],
    ['Senior Engineer - Front End', null, 'Senior Engineer - Front End'],
    ['$120k', null, '$120k'],
    // a careers section in the boards' languages, a curly apostrophe, a word saying what the page is
    [
      'Técnico/a de Mantenimiento Industrial - Trabaja con nosotros',
      null,
      'Técnico/a de Mantenimiento Industrial',
    ],
    ['Specjalista ds. Kadr i Płac – Kariera', null, 'Specjalista ds. Kadr i Płac'],
    ['Program Officer - Job Opportunity', null, 'Program Officer'],
    ['We’re hiring: Product Designer', null, 'Product Designer'],
    ['Vacature Medewerker Klantenservice', null, 'Medewerker Klantenservice'],
    ['Vacancy Management Software', null, 'Vacancy Management Software'],
    // an issue tracker's number, hours and pay after a comma
    ['Rust developer for our WASM renderer #212', null, 'Rust developer for our WASM renderer'],
    [
      'Virtual assistant for Shopify store, 15-20 hrs/week, $15/hr',
      null,
      'Virtual assistant for Shopify store',
    ],
  ])('%s → %s', (title, company, want) => {
    expect(cleanTitle(title, company)).toBe(want);
  });
});
