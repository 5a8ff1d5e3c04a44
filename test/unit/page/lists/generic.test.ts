import { describe, expect, it } from 'vitest';
import { readCards } from '../../../../lib/page/cards';
import { cardsByLinks } from '../../../../lib/page/lists/generic';
import type { ListParts } from '../../../../lib/page/sites/types';

// Cards found from their links to postings: the largest element around a link that holds no other
// posting, whatever the page's class names.

const isJob = (url: URL): boolean => /^\/jobs\/\d+$/.test(url.pathname);
const list: ListParts = { site: 'example', matches: ['*://jobs.example/*'], postingLink: isJob };

function page(body: string, url = 'https://jobs.example/search'): Document {
  const doc = new DOMParser().parseFromString(
    `<html><head><base href="${url}"></head><body>${body}</body></html>`,
    'text/html',
  );
  Object.defineProperty(doc, 'URL', { value: url });
  return doc;
}

const row = (id: number, title: string, place: string): string =>
  `<li><a href="/jobs/${id}"><img alt=""></a><h3><a href="/jobs/${id}">${title}</a></h3><p>${place}</p></li>`;

describe('cards found from their links', () => {
  it('makes one card per posting, however many links it has, in page order', () => {
    const doc = page(`<ul>${row(1, 'Welder', 'Calgary, AB')}${row(2, 'Baker', 'Remote - UK')}</ul>`);
    expect(cardsByLinks(doc, isJob).map((c) => [c.el.tagName, c.title?.textContent, c.lines])).toEqual([
      ['LI', 'Welder', [['Calgary, AB']]],
      ['LI', 'Baker', [['Remote - UK']]],
    ]);
  });

  it('keeps the other links of the page (menus, filters, pages) out', () => {
    const doc = page(
      `<nav><a href="/jobs">All jobs</a><a href="/jobs?page=2">Next</a></nav><ul>${row(1, 'Welder', 'Calgary, AB')}</ul>`,
    );
    expect(cardsByLinks(doc, isJob).map((c) => c.link.pathname)).toEqual(['/jobs/1']);
  });

  it('leaves out a lone link whose surroundings are a section of the page, not a card', () => {
    const prose = '<p>' + 'We build ships. '.repeat(120) + '</p>';
    const doc = page(
      `<section>${prose}<a href="/jobs/9">Featured job</a></section><div><ul>${row(1, 'Welder', 'Calgary, AB')}${row(2, 'Baker', 'Remote - UK')}</ul></div>`,
    );
    expect(cardsByLinks(doc, isJob).map((c) => c.link.pathname)).toEqual(['/jobs/1', '/jobs/2']);
  });

  it('finds no list on a posting’s own page (its rails of other jobs)', () => {
    const rails = `<ul>${row(1, 'Welder', 'Calgary, AB')}${row(2, 'Baker', 'Remote - UK')}</ul>`;
    expect(readCards(page(rails), list)).toHaveLength(2);
    expect(readCards(page(rails, 'https://jobs.example/jobs/7'), list)).toEqual([]);
  });

  it('leaves out copies the page hides from everyone', () => {
    const doc = page(
      `<ul>${row(1, 'Welder', 'Calgary, AB')}</ul><div aria-hidden="true"><ul>${row(2, 'Baker', 'UK')}</ul></div>`,
    );
    expect(readCards(doc, list).map((c) => c.id)).toEqual(['/jobs/1']);
  });

  it('gives the chip a place inside the title, after its words', () => {
    const [card] = readCards(page(`<ul>${row(1, 'Welder', 'Calgary, AB')}</ul>`), list);
    expect(card).toMatchObject({
      inside: true,
      url: 'https://jobs.example/jobs/1',
      parts: { title: 'Welder' },
    });
    expect(card?.anchor?.tagName).toBe('A');
  });
});
