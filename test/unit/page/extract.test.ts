import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/page/extract';
import { parseDocumentTitle } from '../../../lib/page/extract/meta';
import { firstOfSeveralPostings } from '../../../lib/page/extract/sections';
import { splitTitle } from '../../../lib/page/extract/title-parts';
import { withoutCompany } from '../../../lib/text/title-company';
import { collectBlocks } from '../../../lib/page/blocks';
import { scan } from '../../../lib/scan';
import { pageDoc } from '../../helpers/pages';

describe('extract on fixture pages', () => {
  it('reads a JSON-LD posting with provenance', () => {
    const { fields } = extract(pageDoc('jsonld-posting.html'));
    expect(fields.title).toMatchObject({ value: 'Platform Engineer', source: 'jsonld' });
    expect(fields.company).toMatchObject({ value: 'Northwind Labs', source: 'jsonld' });
    expect(fields.employmentType?.value).toBe('FULL_TIME');
    expect(fields.workplace?.value).toBe('remote');
    expect(fields.postingId?.value).toBe('4410021');
    expect(fields.description?.value).toContain('Kubernetes platform');
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
    ['Work at Home Tips', {}],
    ['Backend Engineer - Remote', {}],
  ])('%s', (title, want) => {
    expect(parseDocumentTitle(title)).toEqual(expect.objectContaining(want));
    if (!Object.keys(want).length) expect(parseDocumentTitle(title).company).toBeUndefined();
  });

  it.each([
    [
      'HiveCo - Senior Python Developer - Remote',
      { title: 'Senior Python Developer', company: 'HiveCo', locationText: 'Remote' },
    ],
    ['Senior Software Engineer - Front End', { title: 'Senior Software Engineer - Front End' }],
    ['[Remoto] Desenvolvedor Java Pleno', { title: 'Desenvolvedor Java Pleno', tags: ['Remoto'] }],
    ['[Remote] [Contract] Go Developer', { title: 'Go Developer', tags: ['Remote', 'Contract'] }],
    ['【急募】Backend Engineer', { title: 'Backend Engineer', tags: ['急募'] }],
    ['(Hybrid) Data Engineer', { title: 'Data Engineer', tags: ['Hybrid'] }],
    // a parenthesis that names no workplace or type is part of the title
    ['(Senior) Software Engineer (m/w/d)', { title: '(Senior) Software Engineer (m/w/d)' }],
    ['Acme - [Remote] Data Engineer - Berlin', { title: 'Data Engineer', company: 'Acme', tags: ['Remote'] }],
    // the employer after an "at" word, in the boards' languages
    ['ReactJS ou VueJS - Pleno @ CONTWEB', { title: 'ReactJS ou VueJS - Pleno', company: 'CONTWEB' }],
    ['[REMOTA] Desenvolvedor JAVA @ConquestOne', { title: 'Desenvolvedor JAVA', company: 'ConquestOne' }],
    [
      'Senior Developer at Quave - Fully Remote - $4,000',
      { title: 'Senior Developer', company: 'Quave', locationText: 'Fully Remote - $4,000' },
    ],
    ['Analista de QA na Tecnosenior', { title: 'Analista de QA', company: 'Tecnosenior' }],
    [
      'Full Stack Developer bei HebRech (Bremen, Deutschland)',
      { title: 'Full Stack Developer', company: 'HebRech', locationText: 'Bremen, Deutschland' },
    ],
    // the employer before a hiring word
    ['Astrid Technologies 诚聘 后端开发工程师', { title: '后端开发工程师', company: 'Astrid Technologies' }],
    ['Northwind is hiring a Data Engineer', { title: 'Data Engineer', company: 'Northwind' }],
    // a call and pay around the role are not the role
    ['Looking for Frontend Developers with React', { title: 'Frontend Developers with React' }],
    ['Wir suchen Projektmanager*in!', { title: 'Projektmanager*in' }],
    ['Neue Stelle bei FragDenStaat: Wir suchen Projektmanager*in!', { title: 'Projektmanager*in' }],
    ['LATAM - Looking for Frontend Developers', { title: 'Frontend Developers' }],
    ['Agora » Software Engineer', { title: 'Software Engineer', company: 'Agora' }],
    ['ANDROID DEVELOPER - UP TO 6k EUR', { title: 'ANDROID DEVELOPER' }],
    ['后端开发工程师 薪水 15K-30K RMB', { title: '后端开发工程师' }],
    // a bracket that names a role is the title, and what follows it is about the job
    [
      '[Desenvolvedor Back end Java] - CLT/híbrido (São Paulo)',
      { title: 'Desenvolvedor Back end Java', locationText: 'CLT/híbrido (São Paulo)' },
    ],
    // a parenthesis after the role stays part of it
    ['Paid Search Specialist (Europe)', { title: 'Paid Search Specialist (Europe)' }],
  ])('splitTitle(%s)', (heading, want) => {
    expect(splitTitle(heading)).toEqual(expect.objectContaining(want));
  });

  it.each([
    ['Desenvolvedor(a) Java Pleno - Sylision', 'Sylision', 'Desenvolvedor(a) Java Pleno'],
    ['Acme | Data Engineer', 'ACME', 'Data Engineer'],
    ['Senior Software Engineer - Front End', 'Acme', 'Senior Software Engineer - Front End'],
    [
      'Pipeline Engineer - Feature Animation at Netflix',
      'Netflix',
      'Pipeline Engineer - Feature Animation at Netflix',
    ],
    ['Data Engineer', 'Data Engineer', 'Data Engineer'],
    ['HebRech & Co. KG: Full Stack Developer', 'HebRech & Co. KG', 'Full Stack Developer'],
    ['Payments: Senior Engineer', 'Acme', 'Payments: Senior Engineer'],
  ])('withoutCompany(%s, %s) = %s', (title, company, want) => {
    expect(withoutCompany(title, company)).toBe(want);
  });
});

const fieldsOf = (body: string, head = '') =>
  extract(pageDoc(`<html><head>${head}</head><body>${body}</body></html>`)).fields;

describe('the text layer', () => {
  it.each([
    // the posting restates its heading with the company and place packed in
    [
      '<h1>Rust Developers</h1><p>Kelpware Labs Pvt. Ltd. - Rust Developer - Remote/India</p><h2>Requirements</h2>',
      { title: 'Rust Developer', company: 'Kelpware Labs Pvt. Ltd.', locationText: 'Remote/India' },
    ],
    // a line that names another role is not a restatement
    [
      '<h1>Rust Developers</h1><p>Kelpware Labs - Senior Go Developer - Lisbon</p><h2>Requirements</h2>',
      { title: 'Rust Developers', company: undefined, locationText: undefined },
    ],
    // a feed repeats the heading under it: that is no company
    [
      '<h1>Full Stack Developer</h1><p>Full Stack Developer</p><p>We need full stack developers.</p>',
      { title: 'Full Stack Developer', company: undefined, locationText: undefined },
    ],
    // a header card: the company as a subheading, the board's chips under it
    [
      '<h1>Web Developer</h1><h3>GoFasti</h3><h4>💰 USD $600 - $800 per month 🌎 Remote</h4><p>We need a web developer.</p>',
      { title: 'Web Developer', company: 'GoFasti', locationText: 'Remote' },
    ],
    // a number before the title is no employer: the header card's company line is
    [
      '<h1>607 - Web Developer</h1><h3>GoFasti</h3><h4>💰 USD $600 per month 🌎 Remote</h4><p>We need a web developer.</p>',
      { title: 'Web Developer', company: 'GoFasti', locationText: 'Remote' },
    ],
    // a subheading with no chips after it, named nowhere else, is a section, not an employer
    [
      '<h1>Web Developer</h1><h3>Platform</h3><p>We need a web developer.</p>',
      { title: 'Web Developer', company: undefined, locationText: undefined },
    ],
    // the company named in the heading is not part of the title
    [
      '<h1>[Remoto] Desenvolvedor Java Pleno - Kelpware</h1><h2>Nossa empresa</h2><p>A Kelpware é uma plataforma de recrutamento.</p>',
      // "Kelpware" is named only in the prose, which the background reads (and then trims the title)
      { title: 'Desenvolvedor Java Pleno - Kelpware', company: undefined, locationText: undefined },
    ],
  ])('%s', (body, want) => {
    const f = fieldsOf(body);
    expect({ title: f.title?.value, company: f.company?.value, locationText: f.locationText?.value }).toEqual(
      want,
    );
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
    expect(firstOfSeveralPostings(blocks) !== undefined).toBe(several);
  });
});
