import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/page/detect';
import { readPage } from '../../../lib/page/read-page';
import { namesARole } from '../../../lib/text/role-words';
import { findAdapter } from '../../../lib/page/sites';
import { pageDoc } from '../../helpers/pages';

/** A page of test/fixtures/detect: one phenomenon each. */
const phenomenon = (name: string): Document =>
  pageDoc(readFileSync(join(import.meta.dirname, '../../fixtures/detect', name), 'utf8'));

describe('detect', () => {
  it.each([
    ['jsonld-posting.html', 'https://boards.greenhouse.io/northwind/jobs/4410021', 'posting'],
    ['label-value.html', 'https://www.remotewlb.com/jobs/data-platform-engineer', 'posting'],
    ['article.html', 'https://news.example/2026/remote-hiring', 'none'],
    ['list.html', 'https://board.example/remote-engineering-jobs', 'list'],
    ['feed-item.html', 'https://github.example/remote-feed/issues/88', 'posting'],
    ['careers-index.html', 'https://brightwave.example/careers', 'list'],
    ['about.html', 'https://brightwave.example/about', 'none'],
    ['results-table.html', 'https://jobfinder.example/data-jobs-sydney', 'list'],
    ['other-job-jsonld.html', 'https://brightwave.example/blog/on-call', 'none'],
    ['several-roles.html', 'https://furrowline.example/careers', 'posting'],
  ])('%s is a %s… page', (file, url, kind) => {
    expect(detect(pageDoc(file), new URL(url)).kind).toBe(kind);
  });

  it('calls a page with several JobPostings a list', () => {
    const ld =
      '<script type="application/ld+json">[{"@type":"JobPosting","title":"A"},{"@type":"JobPosting","title":"B"}]</script>';
    expect(
      detect(
        pageDoc(`<html><head>${ld}</head><body><h1>Jobs</h1></body></html>`),
        new URL('https://x.example/'),
      ).kind,
    ).toBe('list');
  });

  it('rejects an empty page', () => {
    expect(detect(pageDoc('<html><body></body></html>'), new URL('https://x.example/')).kind).toBe('none');
  });

  it.each([
    ['vaga-pt.html', 'https://github.com/vagas-br/vagas/issues/412', 'a Portuguese issue-board post'],
    [
      'stelle-de.html',
      'https://stadtdaten.example/stellen/projektmanagerin',
      'a German NGO post, gender-starred title',
    ],
    ['zhaopin-zh.html', 'https://github.com/hiring-cn/jobs/issues/200', 'a Chinese post'],
    ['qa-pt.html', 'https://github.com/vagas-qa/vagas/issues/73', 'a post whose role is only "QA"'],
    [
      'site-h1-role-h2.html',
      'https://kelpware.example/jobs/frontend-developer',
      "a site's own h1 over the posting's heading",
    ],
    ['labelled-title.html', 'https://logistics.example/jobs/80', 'a generic h1, the role given by a label'],
    ['table-labels.html', 'https://city.example.gov/jobs/4411', "a government page's table of labels"],
    [
      'broken-jsonld.html',
      'https://harbormail.example/careers/support-engineer',
      'broken JSON-LD beside a visible posting',
    ],
  ])('%s is a posting: %s', (file, url) => {
    expect(detect(phenomenon(file), new URL(url)).kind).toBe('posting');
  });

  it.each([
    [
      'how-to-hire.html',
      'https://blog.kelpware.example/how-to-hire-remote-engineers',
      'a how-to about hiring',
    ],
    [
      'team-profile.html',
      'https://kelpware.example/team/jane-doe',
      "a team member's page, her role under her name",
    ],
  ])('%s is no posting: %s', (file, url) => {
    expect(detect(phenomenon(file), new URL(url)).kind).not.toBe('posting');
  });

  it('a LinkedIn job page in French with a rail of similar jobs is a posting, generic reader or adapter', () => {
    const url = new URL('https://fr.linkedin.com/jobs/view/ingenieur-donnees-h-f-at-maree-4010999999');
    expect(detect(pageDoc('linkedin-rail.html'), url).kind).toBe('posting');
    expect(detect(pageDoc('linkedin-rail.html'), url, true).kind).toBe('posting');
    const { reading } = readPage(pageDoc('linkedin-rail.html'), url, findAdapter);
    expect(reading?.fields.title?.value).toBe('Ingénieur données H/F');
  });

  it('an adapter’s posting page stays a posting when its rail of other jobs carries no rail mark', () => {
    // The other jobs in a plain column, as real boards serve them ("right-column", "people-also"):
    // role headings, apply buttons and job links that would make any other page a list.
    const doc = pageDoc('linkedin-rail.html');
    const aside = doc.querySelector('aside') as Element;
    const column = doc.createElement('section');
    column.className = 'right-column';
    for (const item of Array.from(aside.querySelectorAll('li'))) {
      const h3 = doc.createElement('h3');
      h3.append(item.querySelector('a') as Element);
      column.append(h3, ...Array.from(item.childNodes));
    }
    aside.replaceWith(column);
    const url = new URL('https://fr.linkedin.com/jobs/view/ingenieur-donnees-h-f-at-maree-4010999999');
    expect(detect(doc, url).kind).toBe('list');
    expect(detect(doc, url, true).kind).toBe('posting');
    expect(readPage(doc, url, findAdapter).reading?.fields.title?.value).toBe('Ingénieur données H/F');
  });

  it('the rail alone, without the posting, is a list', () => {
    const doc = pageDoc('linkedin-rail.html');
    doc.title = "Offres d'emploi Data – Lyon | LinkedIn";
    doc.querySelector('main')?.remove();
    for (const rail of Array.from(doc.querySelectorAll('aside')))
      doc.body.append(...Array.from(rail.children));
    doc.querySelector('aside')?.remove();
    expect(detect(doc, new URL('https://fr.linkedin.com/jobs/search/?keywords=data')).kind).toBe('list');
  });

  // happy-dom's selector engine recurses once per level (a browser's and linkedom's do not)
  it('reads a posting 10 000 elements deep', { timeout: 30_000 }, () => {
    const html = readFileSync(join(import.meta.dirname, '../../fixtures/detect/broken-jsonld.html'), 'utf8');
    const doc = parseHTML(html).document as unknown as Document;
    let host: Element = doc.body;
    for (let i = 0; i < 10_000; i++) host = host.appendChild(doc.createElement('div'));
    host.append(...Array.from(doc.body.children).filter((el) => el.tagName !== 'DIV'));
    expect(detect(doc, new URL('https://harbormail.example/careers/support-engineer')).kind).toBe('posting');
  });

  it('a page the user asks to read anyway is read, detection kept beside it', () => {
    const url = new URL('https://news.example/2026/remote-hiring');
    expect(readPage(pageDoc('article.html'), url, findAdapter).reading).toBeNull();
    const { detection, reading } = readPage(pageDoc('article.html'), url, findAdapter, { anyway: true });
    expect(detection.kind).toBe('none');
    expect(reading?.fields.title?.value).toBe('Why remote hiring keeps growing');
  });
});

describe('a heading names a role by its role word, in the boards’ languages', () => {
  it.each([
    'SR Desenvolvimento Back-end (Java)',
    '[Remoto/Curitiba - PR] QA na Vetorlar',
    'Senior Full-Stack (TypeScript)',
    'Frontend Pleno - React',
    'Desenvolvedor Java Pleno',
    // trades, care and office work, not only software
    'Journeyman Electrician - Night Shift',
    'Licensed Pharmacist',
    'Comptable unique (H/F)',
    'Kaufmann/Kauffrau für Büromanagement',
    'Enfermera de quirófano',
    'Addetto alla logistica',
    // (Cyrillic and Vietnamese role words are the background's: test/unit/analysis/confirm.test.ts)
    '产品运营专员',
    'フロントエンドデザイナー',
    '백엔드 엔지니어',
  ])('%s', (heading) => {
    expect(namesARole(heading)).toBe(true);
  });

  it.each(['Our story', 'Quality at Vetorlar: ten years of testing'])('%s names no role', (heading) => {
    expect(namesARole(heading)).toBe(false);
  });
});
