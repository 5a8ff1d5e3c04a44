import { describe, expect, it } from 'vitest';
import { postingShape } from '../../../../lib/page/lists/link-shape';

// Which links are a page's postings, on a list of jobs no board describes.

function page(links: string[], url = 'https://www.acme.example/careers'): Document {
  const body = links.map((href) => `<a href="${href}">x</a>`).join('');
  return new DOMParser().parseFromString(
    `<html><head><base href="${url}"></head><body>${body}</body></html>`,
    'text/html',
  );
}

const NAV = [
  '/',
  '/about',
  '/careers?team=eng',
  '/careers?page=2',
  '/blog/how-we-hire-engineers',
  '/privacy',
];

describe('the postings of a list no board describes', () => {
  it.each<[string, string[], string, boolean]>([
    // the family of job links, with ids or slugs, under a jobs word
    ['ids under /careers/', ['/careers/4411', '/careers/4412', '/careers/4413'], '/careers/4499', true],
    [
      'slugs under /jobs/',
      ['/jobs/senior-data-engineer', '/jobs/office-manager-berlin', '/jobs/staff-product-designer'],
      '/jobs/head-of-growth-emea',
      true,
    ],
    [
      'a jobs host',
      [
        'https://jobs.acme.example/o/4411-welder',
        'https://jobs.acme.example/o/4412-baker',
        'https://jobs.acme.example/o/4413-fitter',
      ],
      'https://jobs.acme.example/o/4414-driver',
      true,
    ],
    [
      'German words',
      [
        '/karriere/stellenangebote/12345',
        '/karriere/stellenangebote/12346',
        '/karriere/stellenangebote/12347',
      ],
      '/karriere/stellenangebote/12348',
      true,
    ],
    // the page's other links are not postings
    [
      'ids under /careers/ vs the menu',
      ['/careers/4411', '/careers/4412', '/careers/4413'],
      '/careers?page=2',
      false,
    ],
    [
      'ids under /careers/ vs a blog post',
      ['/careers/4411', '/careers/4412', '/careers/4413'],
      '/blog/how-we-hire-engineers',
      false,
    ],
  ])('%s', (_, postings, other, want) => {
    const isPosting = postingShape(page([...NAV, ...postings]));
    expect(isPosting?.(new URL(other, 'https://www.acme.example/'))).toBe(want);
  });

  it.each<[string, string[]]>([
    ['two postings are no list', ['/careers/4411', '/careers/4412']],
    [
      'a blog is no list of jobs',
      ['/blog/how-we-hire-engineers', '/blog/our-first-office-party', '/blog/what-we-learned-in-2026'],
    ],
    ['pages of a search are no postings', ['/jobs?page=2', '/jobs?page=3', '/jobs?page=4']],
  ])('%s', (_, links) => {
    expect(postingShape(page([...NAV, ...links]))).toBeNull();
  });
});
