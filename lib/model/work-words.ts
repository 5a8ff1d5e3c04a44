import type { EmploymentType, Workplace } from './types';

// The words a short value (a label's value, a chip, jobLocationType) uses for where the work happens
// and on what terms. Both halves read them: the page to tell a chip from a title, the background to
// settle the job's workplace and employment type. Sentences of a body are read in the background
// only (lib/analysis/work-sentences.ts).

// Hybrid wins over remote: "remote or hybrid" jobs still ask for office days.
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

// A remote word qualified: part of the week at home, or none of it. Only the background tells these
// apart ("Teilweise Homeoffice" is hybrid, "Pas de télétravail" on-site); the page only needs to
// know that a value names a workplace, which the words above already say. Hybrid in the scripts
// the page never needs to tell from a title ("ハイブリッド", "하이브리드") is here too.
const QUALIFIED_WORKPLACE: [Exclude<Workplace, 'unknown'>, RegExp][] = [
  [
    'onsite',
    /\b(?:no|not|kein(?:e|en)?|pas de|sans|sin|sem|nessun)\s+(?:remote|home ?office|t[ée]l[ée]travail|teletrabajo|remoto|trabalho remoto|smart working)\b|\bnicht remote\b/i,
  ],
  [
    'hybrid',
    /\b(?:teilweise|anteilig|tageweise)\s+(?:home ?office|remote|mobiles arbeiten)\b|\bt[ée]l[ée]travail (?:partiel|fr[ée]quent|occasionnel|ponctuel|possible)\b|\b(?:partly|partially|part|occasionally) remote\b|\b(?:a few|some|\d) days? (?:at|from) home\b|ハイブリッド|하이브리드|混合办公|混合辦公|гибридн/i,
  ],
];

/** The workplace a short value states, its qualifiers read: "Teilweise Homeoffice" is hybrid,
 * "No remote" on-site; any other value as `workplaceOf` reads it. */
export function statedWorkplace(text: string | undefined | null): Workplace | null {
  if (!text) return null;
  return QUALIFIED_WORKPLACE.find(([, re]) => re.test(text))?.[0] ?? workplaceOf(text);
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
  ['temporary', /\btemporary\b|\btemp\b|\bseasonal\b|\bbefristet\b/i],
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
