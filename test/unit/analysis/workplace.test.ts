import { describe, expect, it } from 'vitest';
import { employmentInText, workplaceChip, workplaceInText } from '../../../lib/analysis/work-sentences';
import { scan } from '../../../lib/scan';
import { statedWorkplace, workplaceOf } from '../../../lib/model/work-words';
import { pageDoc } from '../../helpers/pages';

const body = (...texts: string[]) => texts;

describe('the employment type a posting states in its body', () => {
  it.each([
    ['This is a full-time position on the payments team.', 'full-time'],
    ['Join our fully remote team in a full-time capacity.', 'full-time'],
    ['We are hiring for a full-time remote position.', 'full-time'],
    ['You would help us in a part-time capacity, about two days a week.', 'part-time'],
    ['Nossa contratação é CLT - 40h semanais.', 'full-time'],
    ['Atuará em regime de contratação PJ.', 'contract'],
    ['Die Stelle ist in Vollzeit zu besetzen.', 'full-time'],
    ['Teilzeit mit 30 Stunden pro Woche.', 'part-time'],
    ['Vaga de estágio em desenvolvimento.', 'internship'],
    ['全职，远程办公。', 'full-time'],
    ['Temporary, Full-Time (1 year contract with possibility of renewal).', 'temporary'],
    ['The salary is based on a full-time working week.', 'full-time'],
    ['Umfang: 32h/Woche', 'part-time'],
    ['You will work 40 hours per week.', 'full-time'],
    ['Die Position ist vorerst auf ein Jahr befristet.', 'temporary'],
    ['We are looking for a full-time, permanent Senior Backend Engineer position.', 'full-time'],
    ['This is a part-time remote contractor role for six months.', 'part-time'],
    ['Poste en CDI, basé à Lyon.', 'full-time'],
    ['Wir bieten eine unbefristete Festanstellung.', 'full-time'],
    ['Contrato indefinido desde el primer día.', 'full-time'],
    ['Dienstverband: 32-40 uur per week', 'full-time'],
    ['A standard 40-hour work week, Monday to Friday.', 'full-time'],
    ['Appointment: 1.0 FTE for two years.', 'full-time'],
    ['Omvang: 0,6 fte', 'part-time'],
    ['Contrat en alternance de 24 mois.', 'internship'],
    ['Our full-time engineers each get a learning budget.', 'full-time'],
    ['The internship starts in June and you will ship real features.', 'internship'],
    ['We offer a permanent contract and flexible hours.', 'full-time'],
    ['This is a fixed-term position for 12 months.', 'contract'],
    ['This is a seasonal role from June to August.', 'temporary'],
    ['Freelance / B2B contract.', 'contract'],
    ['Wynagrodzenie: 15 000 - 20 000 PLN netto (umowa B2B).', 'contract'],
  ])('%s → %s', (text, want) => {
    expect(employmentInText(body(text))?.value).toBe(want);
  });

  it.each([
    'Our PJs are comfy.',
    'The clt module loads first.',
    'We value your experience.',
    'Our 24/7 support answers in 2 hours.',
    'Contract negotiations with our customers are your main task and they take weeks.',
    'This document does not represent a contract of employment.',
    'This is not a contract role.',
    'Full-time staff and part-time tutors share the office.',
    'We grew from 2 to 50 people in 3 years.',
    'We build B2B software for logistics.',
  ])('%s → nothing', (text) => {
    expect(employmentInText(body(text))).toBeNull();
  });

  it('a sentence in English settles it before the words of another language', () => {
    expect(employmentInText(body('Contrato PJ.', 'This is a full-time role.'))?.value).toBe('full-time');
  });
});

describe('the workplace a posting states in its body', () => {
  it.each([
    ['We would like you to be 2 days a week at our Leuven office for team sessions.', 'hybrid'],
    ['Are you looking for a hybrid or remote work opportunity?', 'hybrid'],
    ['Wir bieten ein hybrides Arbeitsmodell.', 'hybrid'],
    ['Work style: Full remote (office visits as needed)', 'remote'],
    ['This role is fully remote within Canada.', 'remote'],
    ['La modalidad operativa es teletrabajo, desde Chile o el extranjero.', 'remote'],
    ['Modalidade: remota', 'remote'],
    ['Arbeitsmodell: 100% Remote', 'remote'],
    ['Interest in working on-site at our office in Troy, NY', 'onsite'],
    ['This position is not fully remote.', 'onsite'],
    ['Remote work is not possible for this role.', 'onsite'],
    ['You will work on site at our Leeds depot.', 'onsite'],
    ['This position works on site at our Reno yard.', 'onsite'],
    ['This role is based on site, five days a week.', 'onsite'],
  ])('%s → %s', (text, want) => {
    expect(workplaceInText(body(text))?.value).toBe(want);
  });

  it.each([
    'We are a remote-first company.',
    'Experience with remote debugging.',
    'Our customers work in the office and on the road.',
    'Organización con amplia experiencia en trabajo remoto y distribuido.',
    'Our ranking is based on site traffic and reviews.',
    'You will be working on site reliability tooling.',
  ])('%s → nothing', (text) => {
    expect(workplaceInText(body(text))).toBeNull();
  });
});

describe('the workplace a chip under the heading names', () => {
  it.each<[string[], string | undefined]>([
    [['Full time', 'Remote'], 'remote'],
    [['Software Engineer, User Interface', 'Tallinn, Estonia (Hybrid)'], 'hybrid'],
    [['London [Remote]'], 'remote'],
    // a long line's words are prose, not a chip; a bracket that names no workplace is nothing
    [['We are a remote-first team spread over three continents and many time zones'], undefined],
    [['Tallinn, Estonia (HQ)'], undefined],
  ])('%j → %s', (texts, want) => {
    expect(workplaceChip(texts)?.value).toBe(want);
  });
});

describe('the workplace a short value names, in the boards’ languages', () => {
  it.each([
    ['Remoto', 'remote'],
    ['Home Office', 'remote'],
    ['100% Homeoffice', 'remote'],
    ['远程', 'remote'],
    ['Híbrida', 'hybrid'],
    ['Vor Ort', 'onsite'],
    ['Presencial', 'onsite'],
  ])('%s → %s', (text, want) => {
    expect(workplaceOf(text)).toBe(want);
  });
});

const read = (body: string, head = '') =>
  scan(
    pageDoc(`<html><head>${head}</head><body>${body}</body></html>`),
    new URL('https://careers.example/jobs/123-platform-engineer'),
  ).job;
const SECTIONS = '<h2>Responsibilities</h2><p>You will build things.</p><h2>Requirements</h2><p>Go.</p>';
const jsonld = (posting: object) =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', ...posting })}</script>`;

describe('workplace and employment type, from the whole page', () => {
  it.each([
    // a heading's tag speaks when the page says nothing else, and only then
    ['<h1>[Remoto] Desenvolvedor Java</h1>' + SECTIONS, '', 'remote'],
    ['<h1>[Remote] Data Engineer</h1><p>This is a hybrid role in Lisbon.</p>' + SECTIONS, '', 'hybrid'],
    ['<h1>(Hybrid) Data Engineer</h1>' + SECTIONS, '', 'hybrid'],
    // office days written after the office; a perk week "from anywhere" does not make it remote
    [
      '<h1>Data Engineer</h1><p>Quarterly "work from anywhere" weeks.</p><p>Teams are in the office 4 days per week.</p>' +
        SECTIONS,
      '',
      'hybrid',
    ],
    // every working day in the office is on-site, not hybrid
    ['<h1>Data Engineer</h1><p>We are in the office 5 days a week.</p>' + SECTIONS, '', 'onsite'],
    [
      '<h1>Data Engineer</h1><p>You will work from our Berlin office three days a week.</p>' + SECTIONS,
      '',
      'hybrid',
    ],
    ['<h1>Data Engineer</h1><p>Praca zdalna, umowa o pracę, pełen etat.</p>' + SECTIONS, '', 'remote'],
    // structured data's own sections are the posting's text too
    [
      '<h1>Data Engineer</h1>',
      jsonld({
        title: 'Data Engineer',
        description: '<p>Build pipelines.</p>',
        jobBenefits: '<li>Hybrid working: two office days.</li>',
      }),
      'hybrid',
    ],
  ])('%s → %s', (body, head, want) => {
    expect(read(body, head)?.workplace).toBe(want);
  });

  it.each([
    ['<h1>Public Affairs Intern</h1><p>Job type: Fixed term contract</p>' + SECTIONS, 'internship'],
    ['<h1>Public Affairs Officer</h1><p>Job type: Fixed term contract</p>' + SECTIONS, 'contract'],
    ['<h1>Security Guard</h1><p>Job type: Casual</p>' + SECTIONS, null],
    ['<h1>[Contract] Go Developer</h1>' + SECTIONS, 'contract'],
    ['<h1>[Contract] Go Developer</h1><p>This is a full-time position.</p>' + SECTIONS, 'full-time'],
  ])('%s → %s', (body, want) => {
    expect(read(body)?.employmentType).toBe(want ?? 'unknown');
  });
});

describe('a short value whose remote word is qualified', () => {
  it.each([
    ['Teilweise Homeoffice', 'hybrid'],
    ['Télétravail fréquent', 'hybrid'],
    ['Télétravail occasionnel', 'hybrid'],
    ['Partially remote', 'hybrid'],
    ['Pas de télétravail', 'onsite'],
    ['No remote', 'onsite'],
    ['Kein Homeoffice', 'onsite'],
    ['Homeoffice', 'remote'],
    ['Remote', 'remote'],
    ['Hybrid', 'hybrid'],
    ['Vor Ort', 'onsite'],
  ])('%s → %s', (text, want) => {
    expect(statedWorkplace(text)).toBe(want);
    // the page only asks whether the value names a workplace at all
    expect(workplaceOf(text)).not.toBeNull();
  });

  // Scripts the page never reads a title's workplace in: the background alone knows these words.
  it.each([
    ['ハイブリッド（週 3 出社推奨）', 'hybrid'],
    ['하이브리드 근무', 'hybrid'],
  ])('%s → %s', (text, want) => {
    expect(statedWorkplace(text)).toBe(want);
  });

  it('a chip the page does not take for a workplace still reads as one in the background', () => {
    expect(statedWorkplace('A few days at home')).toBe('hybrid');
  });
});
