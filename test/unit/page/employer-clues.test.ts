import { describe, expect, it } from 'vitest';
import { applyLinks, logoNames } from '../../../lib/page/extract/employer-clues';
import { CLUES } from '../../../lib/model/reading';
import { pageDoc } from '../../helpers/pages';

const doc = (body: string): Document => pageDoc(`<!doctype html><html><body>${body}</body></html>`);

describe("the page's clues to who hires", () => {
  it('sends where Apply links lead, when they leave the page', () => {
    const page = doc(`<a href="https://jobs.lever.co/acme/1/apply">Apply for this job</a>
      <a href="/apply">Apply now</a><a href="https://acme.example/about">About Acme</a>`);
    expect(applyLinks(page)).toEqual(['https://jobs.lever.co/acme/1/apply']);
  });

  it.each([
    ['<img src="/static/acme.svg" alt="Acme logo">', ['Acme logo']],
    ['<img src="/img/logo-main.png" alt="Acme">', ['Acme']],
    ['<a class="site-logo" href="/"><img src="/a.svg" alt="Acme"></a>', ['Acme']],
    ['<img src="/team/jane.jpg" alt="Jane at the office">', []],
    ['<img src="/logo.png" alt="">', []],
  ])('%s → %j', (body, want) => {
    expect(logoNames(doc(body))).toEqual(want);
  });

  it('sends no more than the reading holds', () => {
    const many = Array.from(
      { length: 9 },
      (_, i) => `<a href="https://x.example/${i}">Apply</a><img src="/logo${i}.png" alt="Logo ${i}">`,
    );
    const page = doc(many.join(''));
    expect(applyLinks(page)).toHaveLength(CLUES.count);
    expect(logoNames(page)).toHaveLength(CLUES.count);
  });
});
