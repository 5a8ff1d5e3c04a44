import type { EmploymentType, Workplace } from '../model/types';

// Words boards use for where the work happens. Hybrid wins over remote: "remote or hybrid"
// jobs still ask for office days.
const WORKPLACE_WORDS: [Exclude<Workplace, 'unknown'>, RegExp][] = [
  ['hybrid', /\bhybrid\b|\bhybride\b|\bh[íi]brid[oa]\b/i],
  [
    'remote',
    /\bremote\b|\btelecommute|\bwork from home\b|\bwfh\b|\bt[ée]l[ée]travail|\bremot[oa]\b|\banywhere\b|\bdistributed\b|\bhome ?office\b|\bteletrabajo\b|\bmobiles arbeiten\b|\btừ xa\b|远程|リモート|在宅|재택|дистанционно|удал[её]нно/i,
  ],
  [
    'onsite',
    /\bon-?\s?site\b|\bin[- ]office\b|\bin[- ]person\b|\boffice[- ]based\b|\bsur site\b|\bpresencial\b|\bvor ort\b/i,
  ],
];

/** Workplace named in a short value (a label, badge or jobLocationType). */
export function workplaceOf(text: string | undefined | null): Workplace | null {
  if (!text) return null;
  return WORKPLACE_WORDS.find(([, re]) => re.test(text))?.[0] ?? null;
}

const EMPLOYMENT_WORDS: [Exclude<EmploymentType, 'unknown'>, RegExp][] = [
  ['internship', /\bintern(?:ship)?s?\b|\bINTERN\b|\bstagiaire\b|\bapprentice(?:ship)?\b|\bwerkstudent/i],
  ['part-time', /\bpart[-_ ]?time\b|\btemps partiel\b|\bteilzeit\b/i],
  [
    'contract',
    /\bcontract(?:or)?s?\b|\bfreelan(?:ce|cer)\b|\bfixed[- ]term\b|\bCDD\b|\bC2C\b|\b1099\b|\bper diem\b/i,
  ],
  // Casual work (on call, no set hours, no end date) is none of these; boards that list it, such as
  // Job Bank and Seek, keep it apart from temporary work.
  ['temporary', /\btemporary\b|\btemp\b|\bseasonal\b/i],
  ['full-time', /\bfull[-_ ]?time\b|\bpermanent\b|\bCDI\b|\btemps plein\b|\bvollzeit\b|\bregular\b/i],
];

/** Employment type named in a short value ("Full-time", "FULL_TIME", "Contractor", "freelance"). */
export function employmentTypeOf(text: string | undefined | null): EmploymentType | null {
  if (!text) return null;
  const hits = EMPLOYMENT_WORDS.filter(([, re]) => re.test(text)).map(([t]) => t);
  if (!hits.length) return null;
  // A value names the type first ("FULL_TIME, CONTRACTOR"): keep the one written earliest,
  // except that an internship or part-time qualifier always wins over a generic "permanent".
  return hits.includes('internship')
    ? 'internship'
    : hits.includes('part-time')
      ? 'part-time'
      : earliest(text, hits);
}

function earliest(text: string, types: Exclude<EmploymentType, 'unknown'>[]): EmploymentType {
  let best = types[0] as EmploymentType;
  let at = Infinity;
  for (const t of types) {
    const re = EMPLOYMENT_WORDS.find(([k]) => k === t)?.[1];
    const i = re ? text.search(re) : -1;
    if (i >= 0 && i < at) [best, at] = [t, i];
  }
  return best;
}

// Sentences in a description that settle the workplace; a bare "remote" in a body is too loose
// ("remote-first company", "remote debugging").
const BODY_WORKPLACE: [Exclude<Workplace, 'unknown'>, RegExp][] = [
  [
    'hybrid',
    /\bhybrid (?:role|position|job|working|work|model|schedule|arrangement)\b|\b[1-4] (?:days?) (?:a|per) week (?:in|at) (?:the |our )?(?:office|hq)\b|\b(?:in|at) (?:the |our )?(?:office|hq) [1-4] days? (?:a|per|each) week\b|\bdays? (?:in|at) the office\b/i,
  ],
  [
    'remote',
    /(?:\b(?:fully|completely|entirely)|100%) remot[eo]\b|\bremote (?:role|position|job|opportunity)\b|\bthis (?:is a |role is |position is )(?:fully )?remote\b|\bwork (?:remotely )?from anywhere\b|\bwork[- ]from[- ]home (?:setup|position|role|job)\b/i,
  ],
  [
    'onsite',
    /\b(?:on-?site|in[- ]office|in[- ]person) (?:role|position|job)\b|\bthis (?:is an? |role is |position is )(?:on-?site|in[- ]office)\b/i,
  ],
];

export function workplaceInText(
  blocks: readonly { text: string }[],
): { value: Workplace; evidence: string } | null {
  for (const [value, re] of BODY_WORKPLACE) {
    const hit = blocks.find((b) => re.test(b.text));
    if (hit) return { value, evidence: hit.text };
  }
  return null;
}

const BODY_EMPLOYMENT: [Exclude<EmploymentType, 'unknown'>, RegExp][] = [
  ['internship', /\b(?:this|an?) (?:paid |summer )?internship\b/i],
  [
    'contract',
    /\b(?:this is an? |an? )(?:\d+[- ]month |fixed[- ]term |temporary )?(?:contract|freelance)(?: role| position| engagement)?\b/i,
  ],
  ['part-time', /\b(?:this is an? |an? )part[- ]time (?:role|position|job)\b/i],
  ['full-time', /\b(?:this is an? |an? )full[- ]time(?:, permanent)? (?:role|position|job|opportunity)\b/i],
];

// The same, said the way postings in other languages say it, read only when no sentence above
// settles it: "Contratação CLT", "40h semanais", "Vollzeit", "全职" are employment; "PJ" a contract.
const BODY_EMPLOYMENT_WORDS: [Exclude<EmploymentType, 'unknown'>, RegExp][] = [
  ['internship', /(?<![\p{L}])(?:est[áa]gio|praktikum|pasant[íi]a|実習|实习)(?![\p{L}])/iu],
  [
    'part-time',
    /(?<![\p{L}])(?:teilzeit|meio per[íi]odo|medio tiempo|media jornada|兼职|パート)(?![\p{L}])/iu,
  ],
  [
    'full-time',
    /(?<![\p{L}])(?:tempo integral|40 ?h(?:oras)? semanais|vollzeit|tiempo completo|jornada completa|temps plein|全职|正社員|toàn thời gian)(?![\p{L}])/iu,
  ],
  ['full-time', /(?<![\p{L}])CLT(?![\p{L}])/u],
  ['contract', /(?<![\p{L}])(?:PJ|freelance|werkvertrag)(?![\p{L}])/u],
];

// Boards show the type and workplace as bare chips near the title: "Full time", "Remote".
const CHIP_MAX = 24;

function chip<T>(
  blocks: readonly { text: string }[],
  read: (t: string) => T | null,
): { value: T; evidence: string } | null {
  for (const b of blocks.slice(0, 60)) {
    if (b.text.length > CHIP_MAX) continue;
    const value = read(b.text);
    if (value) return { value, evidence: b.text };
  }
  return null;
}

export const employmentChip = (blocks: readonly { text: string }[]) => chip(blocks, employmentTypeOf);
export const workplaceChip = (blocks: readonly { text: string }[]) => chip(blocks, workplaceOf);

export function employmentInText(
  blocks: readonly { text: string }[],
): { value: EmploymentType; evidence: string } | null {
  for (const [value, re] of [...BODY_EMPLOYMENT, ...BODY_EMPLOYMENT_WORDS]) {
    const hit = blocks.find((b) => re.test(b.text));
    if (hit) return { value, evidence: hit.text };
  }
  return null;
}
