// Visa sponsorship and citizenship requirements: their own flags, with the sentence that says so.
import type { Reading } from './claims';
import { findMentions } from './places';
import { refCountry } from './refs';

const NO_VISA =
  /\b(?:no|not|unable to|cannot|can ?not|can't|won't|will not|do not|does not|don't|doesn't|isn't|without|unfortunately)\b[^.;]{0,60}\b(?:visa|sponsor\w*)|\b(?:visa|sponsorship)\b[^.;]{0,40}\b(?:not (?:available|offered|provided|possible|supported)|unavailable)\b/i;
const VISA = /\b(?:visas?|sponsor\w*)\b/i;
const OFFERS_VISA =
  /\b(?:(?:visa )?sponsorship (?:is |will be )?(?:available|offered|provided|possible)|(?:we|will|can|do|happy to|able to)\s+(?:offer\s+|provide\s+)?(?:visa\s+)?sponsor\w*|visa (?:support|assistance|sponsorship)(?: (?:is )?(?:available|offered|provided))?)\b/i;

const CITIZEN = /\b(?:citizens?(?:hip)?|nationals?|security clearance|green card|permanent residen\w*)\b/i;
const REQUIRED = /\b(?:must|required|requires?|requirement|only|need|eligible|you are an?|be an?)\b/i;

export function readFlags(s: string, r: Reading): void {
  if (!r.visa && VISA.test(s)) {
    const value = NO_VISA.test(s) ? 'not-offered' : OFFERS_VISA.test(s) ? 'offered' : null;
    if (value) r.visa = { value, source: 'text', evidence: s };
  }
  if (!r.citizenship && CITIZEN.test(s) && REQUIRED.test(s)) {
    r.citizenship = { value: citizenshipOf(s), source: 'text', evidence: s };
  }
}

/** A short reading: "US citizenship", "CA citizenship or residency", "security clearance". */
function citizenshipOf(s: string): string {
  if (/security clearance/i.test(s)) return 'security clearance';
  const countries = [...new Set(findMentions(s).flatMap((m) => refCountry(m.ref) ?? []))];
  const what = /residen|green card/i.test(s) ? 'citizenship or residency' : 'citizenship';
  return countries.length ? `${countries.join(', ')} ${what}` : what;
}
