import { cleanText } from './repair';
import { wordMatcher } from './word-matcher';

// Nouns that name a role, in the languages of the boards we read. Both halves need them: the page to
// tell a posting's heading from a page's (detection, several postings on one page), the background to
// tell the role from the employer and the place in a packed heading (lib/analysis/title-parts.ts).
// Latin-script words are matched at word edges; CJK words anywhere.

/** Nouns that name a role ("Engineer", "Entwickler*in", "工程师"): a heading naming one is a title. */
// prettier-ignore
export const ROLE_NOUNS = [
  // en
  'engineer', 'developer', 'programmer', 'manager', 'designer', 'analyst', 'scientist', 'specialist',
  'lead', 'architect', 'director', 'consultant', 'administrator', 'admin', 'intern', 'internship',
  'assistant', 'coordinator', 'officer', 'representative', 'technician', 'writer', 'editor',
  'accountant', 'recruiter', 'nurse', 'guard', 'devops', 'sre', 'head of', 'vp', 'president', 'associate',
  'executive', 'advisor', 'adviser', 'agent', 'operator', 'researcher', 'marketer', 'strategist',
  'tester', 'support', 'sales', 'owner', 'partner', 'counsel', 'attorney', 'teacher', 'driver', 'clerk',
  'cook', 'chef', 'cashier', 'builder', 'bioinformatician', 'postdoc', 'fellow', 'master', 'phd',
  'postdoctoral', 'trainee', 'apprentice', 'qa', 'backend', 'back-end', 'frontend', 'front-end',
  'fullstack', 'full-stack',
  // fr
  'développeur', 'développeuse', 'ingénieur', 'ingénieure', 'stagiaire', 'technicien', 'technicienne',
  'responsable', 'chargé', 'chargée', 'chef de projet', 'alternant', 'alternance',
  // de
  // (feminine -in and plural -innen forms are matched with the plurals)
  'entwickler', 'ingenieur', 'berater', 'werkstudent', 'praktikant', 'referent', 'leiter', 'mitarbeiter',
  'projektmanager', 'fachkraft', 'sachbearbeiter',
  // es, pt
  'desarrollador', 'desarrolladora', 'ingeniero', 'ingeniera', 'programador', 'programadora',
  'desenvolvedor', 'desenvolvedora', 'engenheiro', 'engenheira', 'analista', 'estagiário', 'estagiária',
  'estágio', 'pasante', 'becario', 'gerente', 'coordenador', 'coordenadora', 'diretor', 'técnico',
  'técnica', 'vendedor', 'dev',
  // it, nl, pl
  'sviluppatore', 'ingegnere', 'stagista', 'ontwikkelaar', 'medewerker', 'adviseur', 'beheerder',
  'stagiair', 'programista', 'inżynier', 'specjalista',
  // vi
  'lập trình viên', 'kỹ sư', 'nhân viên', 'thực tập sinh',
  // zh, ja, ko
  '工程师', '开发', '程序员', '经理', '设计师', '实习生', 'エンジニア', '開発', '担当', 'マネージャー',
  '개발자',
  // bg, ru
  'разработчик', 'инженер', 'персонал', 'менеджер',
];

export const JOB_NOUN = wordMatcher(ROLE_NOUNS, { plurals: true });

/** A short heading that names a role ("Paid Search Specialist (Europe)") is a posting's title. */
export function namesARole(heading: string): boolean {
  return cleanText(heading).split(' ').length <= 12 && JOB_NOUN.test(heading);
}
