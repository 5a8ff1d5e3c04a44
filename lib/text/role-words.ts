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
  'accountant', 'recruiter', 'nurse', 'guard', 'devops', 'sre', 'head of', 'vp', 'president',
  'associate', 'executive', 'advisor', 'adviser', 'agent', 'operator', 'researcher', 'marketer',
  'strategist', 'tester', 'support', 'sales', 'owner', 'partner', 'counsel', 'attorney', 'teacher',
  'driver', 'clerk', 'cook', 'chef', 'cashier', 'builder', 'bioinformatician', 'postdoc', 'fellow',
  'master', 'phd', 'postdoctoral', 'trainee', 'apprentice', 'qa', 'backend', 'back-end', 'frontend',
  'front-end', 'fullstack', 'full-stack', 'mechanic', 'electrician', 'plumber', 'welder', 'carpenter',
  'pharmacist', 'physician', 'therapist', 'caregiver', 'receptionist', 'secretary', 'bookkeeper',
  'auditor', 'controller', 'lecturer', 'professor', 'tutor', 'instructor', 'translator', 'copywriter',
  'journalist', 'bartender', 'barista', 'waiter', 'housekeeper', 'cleaner', 'courier', 'inspector',
  // fr
  'développeur', 'développeuse', 'ingénieur', 'ingénieure', 'stagiaire', 'technicien', 'technicienne',
  'responsable', 'chargé', 'chargée', 'chef de projet', 'alternant', 'alternance', 'comptable',
  'directeur', 'conseiller', 'gestionnaire', 'analyste', 'architecte', 'rédacteur', 'juriste',
  'infirmier', 'formateur', 'vendeur', 'serveur', 'cuisinier',
  // de
  // (feminine -in and plural -innen forms are matched with the plurals)
  'entwickler', 'ingenieur', 'berater', 'werkstudent', 'praktikant', 'referent', 'leiter',
  'mitarbeiter', 'projektmanager', 'fachkraft', 'sachbearbeiter', 'architekt', 'kaufmann', 'buchhalter',
  'verkäufer', 'elektriker', 'mechaniker', 'mechatroniker', 'techniker', 'erzieher', 'pflegekraft',
  'koch', 'assistenz', 'wissenschaftler', 'doktorand',
  // es, pt
  'desarrollador', 'desarrolladora', 'ingeniero', 'ingeniera', 'programador', 'programadora',
  'desenvolvedor', 'desenvolvedora', 'engenheiro', 'engenheira', 'analista', 'estagiário', 'estagiária',
  'estágio', 'pasante', 'becario', 'gerente', 'coordenador', 'coordenadora', 'diretor', 'técnico',
  'técnica', 'vendedor', 'dev', 'asistente', 'assistente', 'auxiliar', 'consultor', 'gestor',
  'arquitecto', 'arquiteto', 'diseñador', 'contador', 'abogado', 'enfermero', 'enfermera', 'enfermeiro',
  'camarero', 'cocinero', 'especialista', 'cientista', 'jefe',
  // it, nl, pl
  'sviluppatore', 'ingegnere', 'stagista', 'ontwikkelaar', 'medewerker', 'adviseur', 'beheerder',
  'stagiair', 'programista', 'inżynier', 'specjalista', 'tecnico', 'impiegato', 'addetto', 'consulente',
  'progettista', 'verpleegkundige', 'monteur', 'docent', 'kierownik', 'analityk', 'konsultant',
  'projektant', 'księgowy',
  // zh, ja, ko
  '工程师', '开发', '程序员', '经理', '设计师', '实习生', '专员', '主管', '总监', '分析师', '架构师', '研究员', '顾问', 'エンジニア', '開発',
  '担当', 'マネージャー', 'デザイナー', 'ディレクター', 'プログラマー', 'コンサルタント', '개발자', '엔지니어', '디자이너', '매니저', '연구원',
];

export const JOB_NOUN = wordMatcher(ROLE_NOUNS, { plurals: true });

/** "How to hire remote engineers", "Why developers quit?": a question or a how-to names a topic,
 * whatever role nouns it holds. */
export const asksOrTeaches = (heading: string): boolean =>
  /^\s*(?:how|why|what|when|where|which|who|wie|warum|comment|pourquoi|c[oó]mo)\b|\?\s*$/i.test(heading);

// Job titles in German and French carry the genders they address: "Entwickler*in", "(m/w/d)", "H/F".
const GENDER_MARK =
  /\p{L}(?:\*|:|_|\/-?)in(?:nen)?(?![\p{L}])|\((?:[mwdfx*]\/){1,3}[mwdfx*]\)|(?<![\p{L}])[HF]\/[FH](?![\p{L}])|all genders/iu;

/** The detector's test of a heading or a page title (lib/page/detect/features.ts): at most
 * `maxWords` words, a role noun or a gender mark, no question. `roleNoun`: a fuller test of the
 * noun, where the background has one (lib/analysis/confirm.ts). */
export const headingNamesARole = (
  text: string,
  maxWords: number,
  roleNoun: (text: string) => boolean = (t) => JOB_NOUN.test(t),
): boolean =>
  text.length <= 250 &&
  text.trim().split(/\s+/).length <= maxWords &&
  (roleNoun(text) || GENDER_MARK.test(text)) &&
  !asksOrTeaches(text);

/** A short heading that names a role ("Paid Search Specialist (Europe)") is a posting's title. */
export const namesARole = (heading: string): boolean =>
  heading.trim().split(/\s+/).length <= 12 && JOB_NOUN.test(heading) && !asksOrTeaches(heading);
