import { describe, expect, it } from 'vitest';
import { companyInText } from '../../../lib/analysis/company-in-text';
import { employerOf, isBoardName, nameOfHost, ownerLabel, tenantOf } from '../../../lib/analysis/employer';
import type { Field } from '../../../lib/model/types';

describe('the owner a host names', () => {
  it.each([
    ['careers.ctcue.com', 'ctcue'],
    ['labs.neueda.com', 'neueda'],
    ['www.agoragames.com', 'agoragames'],
    ['cognotektgmbh.github.io', 'cognotektgmbh'],
    ['jobs.example.co.uk', 'example'],
    ['www.firma-beispiel.de', 'firmabeispiel'],
    ['github.com', null],
    ['www.linkedin.com', null],
    ['uk.indeed.com', null],
    // an ATS account named in the host; recruiting software and government job sites name no one
    ['meridianhealth.taleo.net', 'meridianhealth'],
    ['recruiting.paylocity.com', null],
    ['workforcenow.adp.com', null],
    ['www.civilservicejobs.service.gov.uk', null],
    ['www.jobs.nhs.uk', null],
  ])('%s → %s', (host, want) => {
    expect(ownerLabel(host)).toBe(want);
  });
});

describe('the name a page writes for the owner of its domain', () => {
  it.each([
    [['Bei CTcue bouwen we software voor ziekenhuizen.'], 'ctcue.com', 'CTcue'],
    [['Agora Games is a subsidiary of Warner Bros.'], 'www.agoragames.com', 'Agora Games'],
    [['© Cognotekt GmbH 2017'], 'cognotektgmbh.github.io', 'Cognotekt GmbH'],
    [['The Goldenberg Lab Toronto studies genomes.'], 'goldenberglab.ca', 'Goldenberg Lab'],
    [['We are a small team.'], 'ctcue.com', null],
    [['Apply to Columbia University by May.'], 'www.columbia.edu', 'Columbia University'],
    [['The University of Toronto is hiring.'], 'jobs.utoronto.ca', null],
    [['The University of Toronto is hiring.'], 'www.toronto.edu', 'University of Toronto'],
    [['Hotjar Ltd is a remote company.'], 'careers.hotjar.com', 'Hotjar Ltd'],
    [['Apply with the form. Hotjar is remote.'], 'careers.hotjar.com', 'Hotjar'],
    [['Our office in British Columbia.'], 'www.columbia.edu', null],
    [
      ['Die Firma Beispiel GmbH ist ein Familienunternehmen.'],
      'www.firma-beispiel.de',
      'Firma Beispiel GmbH',
    ],
  ])('%j on %s → %s', (texts, host, want) => {
    expect(nameOfHost(texts, host)).toBe(want);
  });
});

describe('the employer', () => {
  const guess = (value: string): Field<string> => ({ value, source: 'text', evidence: value });
  const texts = ['JobRunr is hiring an intern for its Mission team.'];

  it("the site's titles name the employer the domain confirms only when the page names no other", () => {
    const titles = ['Jobs | Kelpware'];
    const on = 'https://kelpware.io/jobs/frontend';
    expect(employerOf(undefined, ['We build tools.'], { url: on, titles })?.value).toBe('Kelpware');
    expect(employerOf(guess('Pine Labs'), ['We build tools.'], { url: on, titles })?.value).toBe('Pine Labs');
  });

  it('a guess from the text gives way to the name the domain confirms', () => {
    expect(
      employerOf(guess('Mission'), texts, { url: 'https://www.jobrunr.io/en/jobs/intern/' })?.value,
    ).toBe('JobRunr');
  });

  it("a labelled employer keeps its word on a board named like its domain ('The Careers Group')", () => {
    const labelled: Field<string> = { value: 'GSK', source: 'label', evidence: 'Employer: GSK' };
    const url = 'https://jobonline.thecareersgroup.co.uk/jobs/1';
    expect(employerOf(labelled, ['Powered by The Careers Group'], { url })).toBe(labelled);
  });

  it('structured data keeps its word', () => {
    const stated: Field<string> = { value: 'Rosoco BV', source: 'jsonld', evidence: 'Rosoco BV' };
    expect(employerOf(stated, texts, { url: 'https://www.jobrunr.io/en/jobs/intern/' })).toBe(stated);
  });

  it("a board's page is the board's domain: the guess stays", () => {
    expect(employerOf(guess('Mission'), texts)?.value).toBe('Mission');
  });

  it.each<[string, string[], string | null, string | undefined]>([
    // the address applicants write to, or the link they apply at, names the employer as the text does
    [
      'a careers address',
      [
        'We are a small team.',
        'Send your CV to careers@letsencrypt.org.',
        'Let’s Encrypt is run by a non-profit.',
      ],
      null,
      'Let’s Encrypt',
    ],
    [
      'an apply link',
      ['Nordlicht Werke builds boats.', 'Apply on our site.'],
      'https://jobs.nordlichtwerke.de/apply/12',
      'Nordlicht Werke',
    ],
    // a mail service anyone uses says nothing; neither does an address the text never names
    ['a personal address', ['Gmail users welcome.', 'Write to jane.doe@gmail.com'], null, undefined],
    ['an unnamed domain', ['Write to hr@zq-holdings.com'], null, undefined],
  ])('on a board, with no employer stated: %s', (_, lines, applyUrl, want) => {
    expect(employerOf(undefined, lines, { url: null, applyUrls: [applyUrl] })?.value).toBe(want);
  });

  it.each([
    '607',
    '—',
    '2024',
    'LATAM',
    'Canada',
    'EMEA / APAC',
    'None',
    'N/A',
    'Confidential',
    'not disclosed',
    'Private Advertiser',
    'Ref 12345',
    'Req #4411',
    'Job ID: R-0042',
  ])('%s is no name', (value) => {
    expect(employerOf(guess(value), [])).toBeUndefined();
  });
});

describe("a board's own name is not the employer", () => {
  it.each<[string, string, Field<string>['source'], boolean]>([
    ['Jobstreet', 'https://ph.jobstreet.com/job/81234567', 'meta', true],
    ['Welcome to the Jungle', 'https://www.welcometothejungle.com/fr/companies/x/jobs/y', 'meta', true],
    ['SEEK', 'https://www.seek.com.au/job/81234567', 'text', true],
    // an ATS tenant's site name is the company's
    ['Harborlight', 'https://harborlight.teamtailor.com/jobs/123-designer', 'meta', false],
    // the page's structured word stands, whatever the host
    ['Jobstreet', 'https://ph.jobstreet.com/job/81234567', 'jsonld', false],
  ])('%s on %s (%s): %s', (value, url, source, board) => {
    expect(isBoardName({ value, source, evidence: value }, url)).toBe(board);
  });
});

describe('the employer as the prose names it', () => {
  it.each([
    ['And more. Furrowline is a small, distributed, self-funded company, so we all help.', 'Furrowline'],
    ['Kelpware is a marketplace for used tractors.', 'Kelpware'],
    ['A Kelpware é uma empresa de software.', 'Kelpware'],
    ['Join Northwind as our first designer.', 'Northwind'],
    ['It is a fast-growing company.', undefined],
    ['The Company is a leading business.', undefined],
    ['Kubernetes is an open-source container orchestration system.', undefined],
    // a heading opening with a registered name and a colon
    ['HebRech & Co. KG: Full Stack Developer Im Gesundheitswesen', 'HebRech & Co. KG'],
    ['Nordlicht Energie GmbH: Wir suchen eine Entwicklerin', 'Nordlicht Energie GmbH'],
    [
      'Open Knowledge Foundation Deutschland e.V.: Projektmanager*in',
      'Open Knowledge Foundation Deutschland e.V.',
    ],
    ['Requirements: Go, Kubernetes', undefined],
    ['Senior Engineer: Payments Team', undefined],
    // what the employer is, more of the nouns pages use, and how it was founded
    ['Harborlight is a leading provider of cloud accounting software.', 'Harborlight'],
    ['Founded in 2014, Harborlight is a remote-first team of 80.', 'Harborlight'],
    ['Harborlight was founded in 2019 by two nurses.', 'Harborlight'],
    ['Harborlight (YC W21) is building the payroll layer for Africa.', 'Harborlight'],
    ['Nordlicht Energie is a non-profit organisation.', 'Nordlicht Energie'],
    ['At Harborlight we believe in writing things down.', 'Harborlight'],
    ["Harborlight's mission is to make payroll boring.", 'Harborlight'],
    ['Harborlight is growing fast and we need help.', 'Harborlight'],
    // the boards' other languages
    ['Bei Nordlicht arbeitest du an Software für Stadtwerke.', 'Nordlicht'],
    ['Die Nordlicht Energie ist ein junges Unternehmen aus Kiel.', 'Nordlicht Energie'],
    ['Nordlicht ist ein Software-Startup aus Hamburg.', 'Nordlicht'],
    ['Werde Teil von Nordlicht!', 'Nordlicht'],
    ['Chez Belvédère, nous construisons des outils pour les mairies.', 'Belvédère'],
    ['Belvédère est une start-up lyonnaise.', 'Belvédère'],
    ['Rejoignez Belvédère en tant que développeur.', 'Belvédère'],
    ['En Cumbre, buscamos personas curiosas.', 'Cumbre'],
    ['Cumbre es una empresa de logística.', 'Cumbre'],
    ['Únete a Cumbre como diseñador.', 'Cumbre'],
    ['Na Ipê Digital, acreditamos em times pequenos.', 'Ipê Digital'],
    ['Venha fazer parte da Ipê Digital!', 'Ipê Digital'],
    ['Bij Polderwerk bouwen we apps voor gemeenten.', 'Polderwerk'],
    ['Polderwerk is een softwarebedrijf uit Utrecht.', 'Polderwerk'],
    ['Vela è una società di consulenza.', 'Vela'],
    // tools, places and departments are not employers
    ['At Berlin, we meet twice a year.', undefined],
    ['Bei Fragen melde dich bei uns.', undefined],
    ['En Madrid, trabajamos en la oficina.', undefined],
    ['React is a library for building user interfaces.', undefined],
    ['Engineering is growing fast this year.', undefined],
  ])('%s → %s', (text, want) => {
    expect(companyInText([text])?.value).toBe(want);
  });

  it.each<[string[], string | undefined]>([
    [['Sobre a ília', 'Os benefícios da ília são pensados para você.'], 'ília'],
    [['About Kelpware', 'Kelpware builds tractors software.'], 'Kelpware'],
    [['Über Nordlicht:', 'Bei Nordlicht arbeitest du remote.'], 'Nordlicht'],
    // a heading about us, the role or the team names no employer; nor does a name met only once
    [['About us', 'We are a small team.'], undefined],
    [['About the role', 'You will build the role of the team.'], undefined],
    [['Sobre a vaga', 'A vaga é remota.'], undefined],
    [['About Kubernetes'], undefined],
  ])('the heading in %j → %s', (texts, want) => {
    expect(companyInText(texts)?.value).toBe(want);
  });

  it.each([
    // a careers site's name around its owner's
    ['Werken bij Zuidvaart Energie', 'Zuidvaart Energie'],
    ['Careers at Brightline Dental Group', 'Brightline Dental Group'],
    // a post's tag is no employer
    ['Hiring', undefined],
  ])('%s → %s', (value, want) => {
    expect(employerOf({ value, source: 'meta', evidence: value }, [])?.value).toBe(want);
  });

  it('is what the employer falls back to when the page named none', () => {
    expect(employerOf(undefined, ['Kelpware is a marketplace for used tractors.'])?.value).toBe('Kelpware');
  });
});

describe('the ATS account an Apply link leads to', () => {
  it.each([
    ['https://boards.greenhouse.io/zappi/jobs/4411', 'zappi'],
    ['https://job-boards.eu.greenhouse.io/nordlicht-werke/jobs/12', 'nordlichtwerke'],
    ['https://boards.greenhouse.io/embed/job_app?for=kelpware&token=1', 'kelpware'],
    ['https://jobs.lever.co/pinecone-labs/abc/apply', 'pineconelabs'],
    ['https://jobs.ashbyhq.com/fernwood/9f3c', 'fernwood'],
    ['https://apply.workable.com/helio/j/ABC123/', 'helio'],
    ['https://kelpware.recruitee.com/o/frontend', 'kelpware'],
    ['https://kelpware.jobs.personio.de/job/123', 'kelpware'],
    ['https://globex.wd1.myworkdayjobs.com/en-US/careers/job/1', 'globex'],
    ['https://www.kelpware.example/careers', null],
    ['not a url', null],
  ])('%s → %s', (url, want) => {
    expect(tenantOf(url)).toBe(want);
  });
});

describe('the employer by the clues a page gives without words', () => {
  const texts = ['Zappi helps brands test ads.', 'You will join the Code for Germany team.'];

  it.each([
    [
      'an Apply link to an ATS account the text names',
      { url: null, applyUrls: ['https://boards.greenhouse.io/zappi/jobs/1'] },
      'Zappi',
    ],
    ['a logo the text names', { url: null, logos: ['CodeforGermany-logo'] }, 'Code for Germany'],
    ['a logo the text never names', { url: null, logos: ['Helio logo'] }, undefined],
    [
      "the board's own logo",
      { url: null, board: 'https://www.codeforgermany.org/jobs/1', logos: ['Code for Germany'] },
      undefined,
    ],
    ["an ATS's own logo", { url: null, logos: ['Lever logo'] }, undefined],
  ] as const)('%s', (_what, clues, want) => {
    const lines = [...texts, 'Powered by Lever'];
    expect(employerOf(undefined, lines, clues)?.value).toBe(want);
  });
});
