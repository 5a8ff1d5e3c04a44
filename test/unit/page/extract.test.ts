import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/page/extract';
import { oneOfSeveralPostings } from '../../../lib/page/extract/sections';
import { collectBlocks } from '../../../lib/page/blocks';
import { scan } from '../../../lib/scan';
import { pageDoc } from '../../helpers/pages';

describe('extract on fixture pages', () => {
  it('reads a JSON-LD posting with provenance: title and body here, the node for the background', () => {
    const { fields, structured } = extract(pageDoc('jsonld-posting.html'));
    expect(fields.title).toMatchObject({ value: 'Platform Engineer', source: 'jsonld' });
    expect(fields.description?.value).toContain('Kubernetes platform');
    expect(structured.jsonld).toMatchObject({ employmentType: 'FULL_TIME' });
    expect(structured.jsonld).not.toHaveProperty('description');
  });

  it('a JSON-LD posting read through both halves keeps its provenance', () => {
    const { job } = scan(
      pageDoc('jsonld-posting.html'),
      new URL('https://boards.greenhouse.io/northwind/jobs/4410021'),
    );
    expect(job?.provenance.company).toMatchObject({ value: 'Northwind Labs', source: 'jsonld' });
    expect(job?.employmentType).toBe('full-time');
    expect(job?.workplace).toBe('remote');
    expect(job?.postingId).toBe('4410021');
  });

  it('reads a label/value page', () => {
    const { fields } = extract(pageDoc('label-value.html'));
    expect(fields.salaryText).toMatchObject({
      value: '$0.052k - $0.081k',
      source: 'label',
      evidence: 'Salary: $0.052k - $0.081k',
    });
    expect(fields.locationText).toMatchObject({ value: 'remote', source: 'label' });
    expect(fields.employmentType?.value).toBe('freelance');
    expect(fields.experience?.value).toBe('4 years');
    expect(fields.title?.value).toBe('Data Platform Engineer - Remote (W2)');
    // the employer named only in the prose is read in the background (test/unit/analysis/employer.test.ts)
    expect(scan(pageDoc('label-value.html'), new URL('https://www.remotewlb.com/jobs/x')).job?.company).toBe(
      'Tandemly',
    );
  });

  it('distrusts JSON-LD that names a posting the page no longer shows', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"JobPosting","title":"Old Role","hiringOrganization":"Stale Co"}</script>';
    const doc = pageDoc(
      `<html><head><title>New Role</title>${ld}</head><body><h1>New Role</h1><h2>Responsibilities</h2></body></html>`,
    );
    const x = extract(doc);
    expect(x.fields.title?.value).toBe('New Role');
    expect(x.fields.company).toBeUndefined();
    expect(x.distrusted).toHaveLength(1);
  });

  it.each([
    [
      '<h1>Payments Engineer</h1><p>Lumen Pay</p><p>Remote - Spain</p><h2>Responsibilities</h2>',
      'Remote - Spain',
    ],
    ['<h1>Payments Engineer</h1><p>🌎 Lisbon, Portugal</p>', 'Lisbon, Portugal'],
    ['<h1>Payments Engineer</h1><p>Remote work is the future of teams.</p>', undefined],
  ])('reads a location line under the title: %s', (body, want) => {
    expect(extract(pageDoc(`<html><body>${body}</body></html>`)).fields.locationText?.value).toBe(want);
  });

  it.each([
    [
      '<h1>Cloud Engineer</h1><h3>Harbor Labs Inc.</h3><p>At Harbor Labs we build ports.</p><h2>Requirements</h2><p>Harbor Labs needs you.</p>',
      'Harbor Labs Inc.',
    ],
    ['<h1>Cloud Engineer</h1><h3>Engineering</h3><p>We build ports.</p>', undefined],
  ])('reads the company under the title only when the page names it again: %s', (body, want) => {
    expect(extract(pageDoc(`<html><body>${body}</body></html>`)).fields.company?.value).toBe(want);
  });

  it('never reads hidden text', () => {
    const doc = pageDoc(
      '<html><body><h1>Role</h1><div hidden><p>Salary</p><p>$1</p></div><p style="display:none">Location: Mars</p></body></html>',
    );
    expect(extract(doc).fields.salaryText).toBeUndefined();
    expect(extract(doc).fields.locationText).toBeUndefined();
  });
});

describe('a page of several full postings', () => {
  it('is read as its first posting, with that posting’s own text only', () => {
    const x = extract(pageDoc('several-roles.html'));
    expect(x.fields.title?.value).toBe('Platform Engineer');
    expect(
      scan(pageDoc('several-roles.html'), new URL('https://furrowline.example/careers')).job?.company,
    ).toBe('Furrowline');
    const text = x.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Apply now');
    expect(text).not.toContain('must live in Canada');
  });

  const ROLE = (title: string, extra: string) =>
    `<h2>${title}</h2>${extra}<p>Tractor firmware, build farms and the people who use them every day.</p>`;
  const FULL =
    '<h4>What you will do</h4><p>Build.</p><h4>Your background</h4><p>Linux.</p><p><a href="#">Apply now</a></p>';
  it.each([
    [
      'rows of a list: a role and an Apply, no sections',
      ROLE('Platform Engineer', '<a href="#">Apply</a>').repeat(3),
      false,
    ],
    ['one full posting', ROLE('Platform Engineer', FULL), false],
    ['two full postings', ROLE('Platform Engineer', FULL) + ROLE('Support Specialist', FULL), true],
    [
      'full sections without an Apply',
      ROLE('Platform Engineer', FULL.replace(/<a.*<\/a>/, '')).repeat(2),
      false,
    ],
    [
      'a titled posting with role-named sections',
      `<h1>Platform Engineer</h1>${ROLE('Support Specialist', FULL).repeat(2)}`,
      false,
    ],
  ])('%s', (_name, body, several) => {
    const blocks = collectBlocks(pageDoc(`<html><body>${body}</body></html>`).body);
    expect(oneOfSeveralPostings(blocks) !== undefined).toBe(several);
  });

  const THREE = ['Platform Engineer', 'Support Specialist', 'Sales Engineer'];
  const threeRoles = () =>
    collectBlocks(pageDoc(`<html><body>${THREE.map((t) => ROLE(t, FULL)).join('')}</body></html>`).body);
  it.each([
    [undefined, 'Platform Engineer', ['Support Specialist', 'Sales Engineer']],
    ['Sales Engineer', 'Sales Engineer', ['Platform Engineer', 'Support Specialist']],
    // a name no longer on the page: the first
    ['Designer', 'Platform Engineer', ['Support Specialist', 'Sales Engineer']],
  ])('chosen %s: reads %s and names the others', (chosen, read, others) => {
    const got = oneOfSeveralPostings(threeRoles(), () => chosen ?? null);
    expect(got?.names).toEqual({ read, others });
    expect(got?.blocks[got.heading]?.text).toBe(read);
    expect(got?.blocks.map((b) => b.text).filter((t) => THREE.includes(t))).toEqual([read]);
  });

  it('asks once which to read, with every role heading in page order', () => {
    const asked: (readonly string[])[] = [];
    oneOfSeveralPostings(threeRoles(), (names) => (asked.push(names), null));
    expect(asked).toEqual([THREE]);
  });
});
