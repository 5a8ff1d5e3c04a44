// What job postings say, in the languages of the boards we read: English, French, German, Spanish,
// Portuguese, Italian, Dutch, Polish, Vietnamese, Chinese, Japanese, Korean, Bulgarian and Russian.
// Data for the detector's features (lib/page/detect/features.ts) and the title reader
// (lib/page/extract/title-parts.ts); each list is one kind of word.
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

/** What a posting says in its prose: that someone is hired, how to apply, what is asked. */
// prettier-ignore
export const POSTING_PHRASES = [
  // hiring
  'hiring', 'looking for', 'seeking', 'join our', 'join us', 'contratando', 'procurando', 'buscamos',
  'procuramos', 'recrutons', 'recherchons', 'wir suchen', 'verstärkung', 'cercando', 'wij zoeken',
  'szukamy', 'tuyển dụng', '招聘', '诚聘', '募集', '採用', '채용', 'търсим', 'ищем', 'vaga', 'empleo',
  'stellenangebot', "offre d'emploi",
  // apply
  'apply', 'your cv', 'your resume', 'candidate-se', 'candidatar', 'currículo', 'postulez', 'postular',
  'bewerben', 'bewerbung', 'lebenslauf', 'ứng tuyển', '简历', '応募', 'кандидатствай', 'резюме',
  // asked
  'years of experience', 'experience with', 'experiência', "d'expérience", 'erfahrung', 'experiencia',
  'kinh nghiệm', '年以上', '经验', '経験', 'опит', 'опыт',
  // the job
  'the role', 'this role', 'the position', 'a vaga', 'le poste', 'the job', 'die stelle', 'el puesto',
  'la posizione', 'de functie',
]

/** What pages that are about jobs, but are not a posting, say: news, blogs, docs. */
// prettier-ignore
export const ARTICLE_WORDS = [
  'posted by', 'written by', 'min read', 'comments', 'share this', 'related posts', 'read more',
  'subscribe', 'newsletter', 'table of contents', 'in this article',
];
