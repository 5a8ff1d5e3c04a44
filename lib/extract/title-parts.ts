import { workplaceOf } from '../normalize';

// Headings and page titles often pack several facts: "Acme - Senior Python Developer - Remote",
// "[Remoto] Desenvolvedor Java - Acme - Berlin". The segment with a job noun is the title.
export const JOB_NOUN =
  /\b(?:engineer|developer|programmer|manager|designer|analyst|scientist|specialist|lead|architect|director|consultant|administrator|admin|intern|assistant|coordinator|officer|representative|technician|writer|editor|accountant|recruiter|nurse|guard|devops|sre|head|vp|president|associate|executive|advisor|adviser|agent|operator|researcher|marketer|strategist|tester|support|sales|owner|partner|counsel|attorney|teacher|driver|clerk|cook|chef|cashier|desenvolvedor(?:\(a\))?|desarrollador|développeur|d[ée]veloppeuse|entwickler(?:in)?|ingenieur|ingénieur|programador)s?\b/i;

const SEPARATOR = /\s+[-–—|]\s+/;
const BRACKET_TAG = /^\s*[[(][^\])]{1,30}[\])]\s*/;

export interface TitleParts {
  title: string;
  company?: string;
  locationText?: string;
}

/** Split a packed heading into title, company and location, when its segments say which is which. */
export function splitTitle(heading: string): TitleParts {
  const whole = heading.replace(BRACKET_TAG, '').trim() || heading;
  const segments = heading
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  const at = segments.findIndex((s) => JOB_NOUN.test(s));
  // A title that comes first keeps its own dashes ("Senior Engineer - Front End").
  if (segments.length < 2 || at <= 0) return { title: whole };
  const title = (segments[at] as string).replace(BRACKET_TAG, '').trim();
  const before = segments.slice(0, at);
  const after = segments.slice(at + 1);
  const company = before.length === 1 && !workplaceOf(before[0]) ? before[0] : undefined;
  const locationText = after.length ? after.join(' - ') : undefined;
  return { title, company, locationText };
}
