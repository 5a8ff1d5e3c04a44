import { isCountryCode } from '../geo';
import type { Eligibility } from '../../model/types';
import { hostOf } from '../../text/web-url';

// An office job whose page names no place at all is, on its employer's own site, most likely in that
// site's country: a French agency on .gouv.fr, a university on .edu, a lab on .nl. Read only when
// nothing else placed the job and it is not remote: the weakest of claims, shown as coming from the
// site's address, never as a sentence of the page.

/** The evidence role of a site's address (data: never quoted as the page's words). */
export const HOST_ROLE = 'data:host';

/** Country-code domains sold as words ("startup.io", "studio.ai"): their owners may be anywhere. */
const WORD_DOMAINS = new Set([
  'io',
  'ai',
  'co',
  'me',
  'tv',
  'fm',
  'ly',
  'gg',
  'so',
  'to',
  'sh',
  'ws',
  'cc',
  'la',
  'am',
  'ag',
  'gl',
  'im',
  'vc',
  'nu',
  'tk',
  'su',
  'eu',
]);
/** Generic domains only one country's institutions hold. */
const US_ONLY = new Set(['edu', 'gov', 'mil']);

/** The country a host's domain belongs to, where it says one: "okfn.de" DE, "gc.ca" CA, "x.edu" US. */
export function countryOfHost(hostname: string): string | null {
  const last = hostname.toLowerCase().replace(/\.$/, '').split('.').at(-1) ?? '';
  if (US_ONLY.has(last)) return 'US';
  if (last.length !== 2 || WORD_DOMAINS.has(last)) return null;
  const cc = last === 'uk' ? 'GB' : last.toUpperCase();
  return isCountryCode(cc) ? cc : null;
}

/** The record placed in the site's country when it placed the job nowhere and the job is not remote. */
export function withHostCountry(e: Eligibility, url: string, remote: boolean): Eligibility {
  if (e.kind !== 'unknown' || remote) return e;
  const hostname = hostOf(url);
  const cc = countryOfHost(hostname);
  if (!cc) return e;
  const evidence = { text: hostname, role: HOST_ROLE };
  return { ...e, kind: 'countries', countries: [cc], evidence: [...e.evidence, evidence] };
}
