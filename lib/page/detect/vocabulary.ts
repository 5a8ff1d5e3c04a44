// What job postings say, in the languages of the boards we read: English, French, German, Spanish,
// Portuguese, Italian, Dutch, Polish, Vietnamese, Chinese, Japanese, Korean, Bulgarian and Russian.
// Data for the detector's features (lib/page/detect/features.ts); each list is one kind of word.
// Latin-script words are matched at word edges; CJK words anywhere.

/** Section headings of a posting ("Requirements", "Ihr Profil", "任职要求"), matched at a heading's start. */
// prettier-ignore
export const SECTION_HEADINGS = [
  // en
  'about the role', 'about the job', 'about the position', 'about this role', 'about the opportunity',
  'the role', 'the opportunity', 'responsibilities', 'key responsibilities', 'your responsibilities',
  'requirements', 'qualifications', 'minimum qualifications', 'preferred qualifications',
  'basic qualifications', 'required qualifications', "what you'll do", "what you'll bring",
  "what you'll need", 'what we offer', "what we're looking for", 'what we are looking for',
  'who you are', 'you have', 'you bring', 'you will', 'your role', 'your mission', 'your profile',
  'your tasks', 'job description', 'job summary', 'job details', 'job requirements', 'benefits',
  'perks', 'skills', 'skills and experience', 'nice to have', 'nice to haves', 'bonus points',
  'how to apply', 'to apply', 'compensation', 'salary', 'location', 'duties', 'the team', 'about you',
  // fr
  'missions', 'vos missions', 'votre mission', 'profil recherché', 'votre profil', 'le poste',
  'avantages', 'compétences', 'description du poste', 'ce que nous offrons', 'rémunération',
  // de
  'aufgaben', 'ihre aufgaben', 'deine aufgaben', 'ihr profil', 'dein profil', 'anforderungen',
  'wir bieten', 'was wir bieten', 'das bieten wir', 'qualifikationen', 'deine mission', 'benefits',
  'was dich erwartet', 'was sie erwartet', 'stellenbeschreibung',
  // es
  'requisitos', 'responsabilidades', 'funciones', 'beneficios', 'ofrecemos', 'descripción del puesto',
  'qué buscamos', 'perfil', 'cómo aplicar', 'sobre el puesto', 'salario',
  // pt
  'atribuições', 'benefícios', 'diferenciais', 'descrição da vaga', 'sobre a vaga', 'o que oferecemos',
  'como se candidatar', 'contratação', 'salário', 'remuneração', 'local', 'requisitos obrigatórios',
  'requisitos desejáveis', 'habilidades', 'atividades', 'nossa empresa', 'sobre nós', 'regime',
  // it
  'requisiti', 'responsabilità', 'cosa offriamo', 'mansioni', 'descrizione',
  // nl
  'wat ga je doen', 'wat vragen wij', 'wat bieden wij', 'functieomschrijving', 'taken', 'profiel',
  'vereisten', 'wie ben jij', 'wat wij bieden',
  // pl
  'wymagania', 'obowiązki', 'oferujemy', 'zakres obowiązków',
  // vi
  'mô tả công việc', 'yêu cầu', 'quyền lợi', 'phúc lợi', 'yêu cầu công việc',
  // zh
  '岗位职责', '职位描述', '任职要求', '职位要求', '工作职责', '薪资福利', '福利待遇', '工作地点', '岗位要求',
  // ja
  '仕事内容', '業務内容', '応募資格', '必須スキル', '歓迎スキル', '給与', '勤務地', '待遇', '募集要項',
  // ko
  '주요업무', '자격요건', '우대사항', '복지',
  // bg, ru
  'изисквания', 'отговорности', 'предлагаме', 'обязанности', 'требования', 'условия', 'мы предлагаем',
];

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
  'postdoctoral', 'trainee', 'apprentice',
  // fr
  'développeur', 'développeuse', 'ingénieur', 'ingénieure', 'stagiaire', 'technicien', 'technicienne',
  'responsable', 'chargé', 'chargée', 'chef de projet', 'alternant', 'alternance',
  // de
  'entwickler', 'entwicklerin', 'ingenieur', 'ingenieurin', 'berater', 'beraterin', 'werkstudent',
  'praktikant', 'praktikantin', 'referent', 'referentin', 'leiter', 'leiterin', 'mitarbeiter',
  'mitarbeiterin', 'projektmanager', 'projektmanagerin', 'fachkraft', 'sachbearbeiter',
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
  'デザイナー', '개발자', '엔지니어',
  // bg, ru
  'разработчик', 'инженер', 'готвач', 'сервитьор', 'камериерка', 'персонал', 'программист', 'менеджер',
];

/** Technologies and specialities that job titles are made of ("Golang/Ruby", "[JAVA]", "QA"). */
// prettier-ignore
export const TITLE_SKILLS = [
  'java', 'javascript', 'typescript', 'python', 'golang', 'go', 'ruby', 'rails', 'php', 'laravel',
  'react', 'reactjs', 'vue', 'vuejs', 'angular', 'node', 'nodejs', 'node.js', '.net', 'c#', 'c++',
  'kotlin', 'swift', 'swiftui', 'ios', 'android', 'flutter', 'rust', 'scala', 'elixir', 'sql', 'etl',
  'qa', 'frontend', 'front-end', 'front end', 'backend', 'back-end', 'back end', 'full stack',
  'fullstack', 'full-stack', 'mobile', 'data', 'bi', 'ml', 'ai', 'cloud', 'aws', 'salesforce', 'sap',
  'ux', 'ui', 'seo',
];

/** What a posting says in its prose: that someone is hired, how to apply, what is asked. */
// prettier-ignore
export const POSTING_PHRASES = [
  // hiring
  "we're hiring", 'we are hiring', "we're looking for", 'we are looking for', 'we are seeking',
  'is looking for', 'is hiring', 'join our team', 'join us', 'estamos contratando', 'estamos procurando',
  'estamos buscando', 'buscamos', 'procuramos', 'contratamos', 'nous recrutons', 'nous recherchons',
  'wir suchen', 'wir stellen ein', 'verstärkung', 'stiamo cercando', 'wij zoeken', 'szukamy',
  'tuyển dụng', 'đang tuyển', '招聘', '诚聘', '急聘', '募集', '採用', '채용', 'търсим', 'ищем',
  'vaga', 'oferta de empleo', 'stellenangebot', 'offre d’emploi', "offre d'emploi",
  // apply
  'to apply', 'apply now', 'apply here', 'how to apply', 'send your cv', 'send us your cv',
  'send your resume', 'candidate-se', 'candidatar', 'envie seu currículo', 'envie seu cv',
  'postulez', 'postular', 'postúlate', 'bewerben', 'bewerbung', 'lebenslauf', 'ứng tuyển', '简历',
  '応募', 'кандидатствай', 'резюме',
  // asked
  'years of experience', 'experience with', 'experience in', 'anos de experiência', 'experiência com',
  "ans d'expérience", 'jahre erfahrung', 'berufserfahrung', 'años de experiencia', 'năm kinh nghiệm',
  '年以上', '经验', '経験', 'опит', 'опыт',
  // the job
  'the role', 'this role', 'the position', 'this position', 'a vaga', 'le poste', 'the job', 'our team',
  'die stelle', 'el puesto', 'la posizione', 'de functie',
];

/** Ways of being employed ("full-time", "CLT", "Vollzeit", "正社員"). */
// prettier-ignore
export const EMPLOYMENT_WORDS = [
  'full-time', 'full time', 'fulltime', 'part-time', 'part time', 'contract', 'contractor', 'freelance',
  'permanent', 'temporary', 'internship', 'clt', 'pj', 'vollzeit', 'teilzeit', 'festanstellung',
  'befristet', 'temps plein', 'temps partiel', 'cdi', 'cdd', 'tiempo completo', 'medio tiempo',
  'jornada completa', 'tempo integral', 'meio período', 'efetivo', 'tempo pieno', 'voltijd', 'deeltijd',
  'pełny etat', 'toàn thời gian', 'bán thời gian', '全职', '兼职', '正社員', '契約社員', 'アルバイト',
  '정규직', 'пълен работен ден', 'полный день', 'полная занятость',
];

/** Where the work happens ("remote", "presencial", "Homeoffice", "远程"). */
// prettier-ignore
export const WORKPLACE_WORDS = [
  'remote', 'hybrid', 'on-site', 'onsite', 'in-office', 'work from home', 'wfh', 'remoto', 'remota',
  'híbrido', 'hibrido', 'presencial', 'home office', 'homeoffice', 'télétravail', 'teletrabajo',
  'à distance', 'mobiles arbeiten', 'vor ort', 'hybride', 'thuiswerken', 'zdalnie', 'praca zdalna',
  'từ xa', '远程', '居家', 'リモート', '在宅', '재택', 'дистанционно', 'удаленно', 'удалённо',
];

/** Words for pay, to tell a pay figure from any other number. */
// prettier-ignore
export const PAY_WORDS = [
  'salary', 'salaries', 'compensation', 'pay', 'per hour', 'per year', 'per annum', 'per month', '/hr',
  '/yr', '/year', '/month', 'gross', 'ote', 'salário', 'salario', 'remuneração', 'faixa salarial',
  'por mês', 'por hora', 'al mes', 'gehalt', 'brutto', 'jahresgehalt', 'salaire', 'rémunération',
  'stipendio', 'salaris', 'wynagrodzenie', 'lương', 'tháng', '薪', '月薪', '年薪', '給与', '年収', '月給',
  '연봉', 'заплата', 'зарплата', 'бруто',
];

/** What pages that are about jobs, but are not a posting, say: news, blogs, docs. */
// prettier-ignore
export const ARTICLE_WORDS = [
  'posted by', 'written by', 'min read', 'minute read', 'comments', 'leave a comment', 'share this',
  'related posts', 'read more', 'subscribe', 'newsletter', 'table of contents', 'in this article',
];
