// What job postings say, in the languages of the boards we read: English, French, German, Spanish,
// Portuguese, Italian, Dutch, Polish, Vietnamese, Chinese, Japanese, Korean, Bulgarian and Russian.
// Data for the detector's features (lib/page/detect/features.ts); each list is one kind of word.
// The nouns that name a role, which the background's title reader needs too, are in
// lib/text/role-words.ts.
// Latin-script words are matched at word edges; CJK words anywhere.

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
