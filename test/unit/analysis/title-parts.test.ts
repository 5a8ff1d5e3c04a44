import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../../lib/analysis/title-parts';
import { withoutCompany } from '../../../lib/text/title-company';

describe('a heading told apart', () => {
  it.each([
    [
      'HiveCo - Senior Python Developer - Remote',
      { title: 'Senior Python Developer', company: 'HiveCo', locationText: 'Remote' },
    ],
    ['Senior Software Engineer - Front End', { title: 'Senior Software Engineer - Front End' }],
    // a word that says what the page is, before the role, is neither title nor employer
    ['Vacancy: Programme Manager', { title: 'Programme Manager' }],
    ['Job Opening: Communications Officer', { title: 'Communications Officer' }],
    ['Stellenangebot: Softwareentwickler (m/w/d)', { title: 'Softwareentwickler (m/w/d)' }],
    ['Careers - Backend Developer', { title: 'Backend Developer' }],
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
    // an announcement's lead-in names who hires
    [
      'Neue Stelle bei FragDenStaat: Wir suchen Projektmanager*in!',
      { title: 'Projektmanager*in', company: 'FragDenStaat' },
    ],
    [
      'New job at Northwind Labs: Data Engineer (Remote)',
      { title: 'Data Engineer (Remote)', company: 'Northwind Labs' },
    ],
    ['Nouveau poste chez Etalab : Développeur·se', { title: 'Développeur·se', company: 'Etalab' }],
    ['Wir suchen Communitybuilder*in! (80%, ab Januar 2020)', { title: 'Communitybuilder*in' }],
    // an exclamation mark in a heading with no call stays
    ['Yahoo! Data Engineer', { title: 'Yahoo! Data Engineer' }],
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
