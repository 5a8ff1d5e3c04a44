import { describe, expect, it } from 'vitest';
import { parseDocumentTitle, withPageTitles } from '../../../lib/analysis/page-titles';
import type { Found } from '../../../lib/model/fields';

describe('page title conventions', () => {
  it.each([
    [
      'Acme hiring Data Engineer in Berlin, Germany | LinkedIn',
      { company: 'Acme', title: 'Data Engineer', locationText: 'Berlin, Germany' },
    ],
    ['Job Application for Staff Engineer at Globex', { title: 'Staff Engineer', company: 'Globex' }],
    [
      'Product Engineer at Attio in London | WorkinStartups',
      { title: 'Product Engineer', company: 'Attio', locationText: 'London' },
    ],
    ['Data Engineer, Europe – Vercel', { title: 'Data Engineer, Europe', company: 'Vercel' }],
    [
      'JobOnline > Data Analyst (Energy) – Graduate Scheme vacancy, posted on 05/09/2018',
      { title: 'Data Analyst (Energy) – Graduate Scheme' },
    ],
    ['Data Analyst - Kelpware Careers', { title: 'Data Analyst', company: 'Kelpware' }],
    // a hyphen inside the site's name is no separator
    [
      'Service Plumber | Tri-County Plumbing & Heating Careers',
      { title: 'Service Plumber', company: 'Tri-County Plumbing & Heating' },
    ],
    // a careers site's category before the employer
    [
      'Medical Assistant - Family Medicine in Santa Rosa, California, United States | Nursing at North Bay Health',
      {
        title: 'Medical Assistant - Family Medicine',
        company: 'North Bay Health',
        locationText: 'Santa Rosa, California, United States',
      },
    ],
    // a blog post, its author, its publication
    [
      'We’re hiring a Staff Machine Learning Engineer | by Priya Raman | Harbor Engineering | Medium',
      { title: 'We’re hiring a Staff Machine Learning Engineer', company: 'Harbor Engineering' },
    ],
    // a title that names jobs is a listing's, not one role's
    ['Android Engineer Jobs, Android Developer Jobs | Thailand | GO-JEK Careers', {}],
    ['Work at Home Tips', {}],
    ['Backend Engineer - Remote', {}],
  ])('%s', (title, want) => {
    expect(parseDocumentTitle(title)).toEqual(expect.objectContaining(want));
    if (!Object.keys(want).length) expect(parseDocumentTitle(title).company).toBeUndefined();
  });
});

describe('what the page titles outrank', () => {
  const field = (value: string, source: 'label' | 'text' | 'meta' | 'jsonld' | 'adapter') => ({
    value,
    source,
    evidence: value,
  });
  const TITLES = ['', 'Staff Engineer at Globex | Board'];

  it.each<[string, Found, string, string]>([
    ['nothing read', {}, 'Staff Engineer', 'Globex'],
    [
      'the layout and og:site_name',
      { title: field('Careers', 'text'), company: field('Board', 'meta') },
      'Staff Engineer',
      'Globex',
    ],
    ['a label', { title: field('Engineer', 'label') }, 'Staff Engineer', 'Globex'],
    [
      'not the data',
      { title: field('Staff Engineer II', 'jsonld'), company: field('Globex Inc.', 'jsonld') },
      'Staff Engineer II',
      'Globex Inc.',
    ],
    ['not a site reader', { company: field('Globex Corp', 'adapter') }, 'Staff Engineer', 'Globex Corp'],
  ])('%s', (_what, fields, title, company) => {
    const got = withPageTitles(fields, TITLES);
    expect([got.title?.value, got.company?.value]).toEqual([title, company]);
  });

  it('reads og:title before <title>, field by field', () => {
    const got = withPageTitles({}, [
      'Data Engineer at Acme',
      'Acme hiring Data Engineer in Berlin, Germany | LinkedIn',
    ]);
    expect([got.title?.value, got.company?.value, got.locationText?.value]).toEqual([
      'Data Engineer',
      'Acme',
      'Berlin, Germany',
    ]);
  });
});
