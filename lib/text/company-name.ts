// Whether a short line of a page can be an employer's name ("Acme Inc.", "Brandintelle Services"),
// not a chip, a menu item or a sentence. The page asks it of a line under a heading or a label's
// value; the background of a heading's part (lib/analysis/heading.ts).

const NAME_LIKE = /^[\p{Lu}\p{N}][\p{L}\p{N}&.,'’() -]{0,58}$/u;
const NOT_A_NAME =
  /\b(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|apply|salary|location|posted|ago|jobs?|careers?|home|menu|sign in|log in|back|report|flag)\b/i;

// Legal-form suffixes end in a period without ending a sentence.
const LEGAL_FORM =
  /[ ,]+(?:inc|ltd|llc|l\.l\.c|corp|co|gmbh|ag|s\.?a|s\.?l|b\.?v|pvt\.? ltd|pty\.? ltd|plc|oy|ab)\.?$/i;

// A board's "Company" label sometimes holds a nav link; a JSON-LD name sometimes says "Acme - Jobs".
const JOBS_SUFFIX = /\s*[-–|:]\s*(?:jobs|careers|career site|hiring|recrutement|karriere)$/i;

/** An employer's name as a field gives it: without a "- Jobs" tail; undefined when nothing fit for
 * a name is left (empty, or longer than any name). */
export function companyValue(value: string): string | undefined {
  const name = value.replace(JOBS_SUFFIX, '').trim();
  return name && name.length <= 120 ? name : undefined;
}

export function isNameLike(s: string): boolean {
  const sentenceEnd = /[.!?]$/.test(s) && !LEGAL_FORM.test(s);
  return NAME_LIKE.test(s) && s.split(' ').length <= 6 && !NOT_A_NAME.test(s) && !sentenceEnd;
}

/** "League Inc." is written "League" in its own description. */
export function coreName(name: string): string {
  return name.replace(LEGAL_FORM, '').trim() || name;
}
