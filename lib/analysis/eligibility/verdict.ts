// "Can I apply from where I live?" for one person, from the record alone. Anything the page
// rules out is checked first, so a "not" on the page can never come out as "eligible".
import { countryName, subdivisionName } from '../geo';
import { isRegionId, regionDef } from '../geo/regions';
import type { Eligibility, SubdivisionRule, Verdict } from '../../model/types';
import { fitOf, parseWindow, type Fit } from './timezones';
import { HOST_ROLE } from './host';
import { quoteOf } from '../quote';

export interface Where {
  country: string | null;
  subdivision: string | null;
}

/** What every step needs about the person and the record. */
interface Ask {
  e: Eligibility;
  cc: string;
  name: string;
  sub: string | null;
  rule: SubdivisionRule;
  tz: Fit | null;
}

// In the order a quote is chosen: the location line, then a sentence stating the rule, before a
// passage that merely names a place the reading took as a site or a work permit.
const RULE_ROLES = [
  'location',
  'countries',
  'worldwide',
  'site',
  'authorization',
  'jsonld',
  'jsonld-site',
  'host',
];

type Said = Eligibility['evidence'][number];

/** Evidence read from a page's data (JSON-LD, a board's embedded JSON) carries this mark on its role. */
const DATA_MARK = 'data:';

/** What the page's structured data says, put together from its fields: not a sentence it shows. */
const fromData = (x: Said): boolean => x.role.startsWith('jsonld') || x.role.startsWith(DATA_MARK);

/** The record with `text` known to come from the page's data, not from words it shows. */
export function withDataEvidence(e: Eligibility, text: string): Eligibility {
  const evidence = e.evidence.map((x) =>
    x.text === text && !fromData(x) ? { ...x, role: `${DATA_MARK}${x.role}` } : x,
  );
  return { ...e, evidence };
}

const rankOf = (roles: string[], x: Said): number => roles.indexOf(x.role.replace(DATA_MARK, ''));

/** The sentence behind one of the roles, for the UI to quote: of those the page shows, the one of
 * the first role (which beats its structured data saying the same); else the data; else the first
 * evidence at all. A run-on passage is cut to the clauses naming the places it decided on. */
function said(e: Eligibility, roles: string[] = RULE_ROLES): Said | null {
  const behind = e.evidence
    .filter((x) => rankOf(roles, x) >= 0)
    .sort((a, b) => Number(fromData(a)) - Number(fromData(b)) || rankOf(roles, a) - rankOf(roles, b));
  const chosen = behind[0] ?? e.evidence[0];
  return chosen ? { ...chosen, text: quoteOf(chosen.text, placesOf(e)) } : null;
}

/** The names of the places a record lists, for a quote to be cut around. */
const placesOf = (e: Eligibility): string[] => [...e.countries, ...e.excludedCountries].map(countryName);

const say = (status: Verdict['status'], reason: string, evidence: Said | null): Verdict => ({
  status,
  reason,
  evidence: evidence?.text ?? null,
  evidenceIsData: !!evidence && fromData(evidence),
});

const inWindow = (a: Ask, what: string): string => `${what} the time zones asked for (${a.e.timezones}).`;

/** Listed by name or in a region's core; "edge" when only a contested member of a region. */
function placeStatus(e: Eligibility, cc: string): 'listed' | 'edge' | 'no' {
  if (e.countries.includes(cc)) return 'listed';
  const defs = e.regions.filter(isRegionId).map(regionDef);
  if (defs.some((d) => d.core.includes(cc))) return 'listed';
  return defs.some((d) => d.edge.includes(cc)) ? 'edge' : 'no';
}

export function verdictFor(e: Eligibility, where: Where): Verdict {
  const cc = where.country?.toUpperCase();
  if (!cc) return say('unknown', 'Tell Jobsight where you live to get an answer.', null);
  const sub = where.subdivision?.toUpperCase() ?? null;
  const window = parseWindow(e.timezones);
  const rule = e.subdivisions[cc] ?? { include: [], exclude: [] };
  const a: Ask = { e, cc, name: countryName(cc), sub, rule, tz: window ? fitOf(window, cc) : null };
  return ruledOut(a) ?? (e.kind === 'unknown' ? byWindowOnly(a) : byList(a));
}

/** The page's exclusions and its time-zone window, before anything that could say yes. */
function ruledOut(a: Ask): Verdict | null {
  if (a.e.excludedCountries.includes(a.cc)) {
    return say('not-eligible', `The posting excludes ${a.name}.`, said(a.e, ['exclusion']));
  }
  if (a.sub && a.rule.exclude.includes(a.sub)) {
    return say('not-eligible', `The posting excludes ${subdivisionName(a.sub)}.`, said(a.e, ['exclusion']));
  }
  if (a.tz === 'outside')
    return say('not-eligible', inWindow(a, `${a.name} is outside`), said(a.e, ['timezone']));
  return null;
}

/** The job placed only by its site's country (./host.ts): said as the guess it is. */
function byHost(a: Ask): Verdict | null {
  const host = a.e.evidence.find((x) => x.role === HOST_ROLE);
  const [cc] = a.e.countries;
  if (!host || !cc) return null;
  const where = `The posting names no place; its site is ${countryName(cc)}’s`;
  const status = cc === a.cc ? 'eligible' : 'not-eligible';
  return say(status, `${where}, so the job is most likely there.`, host);
}

function byList(a: Ask): Verdict {
  const guessed = byHost(a);
  if (guessed) return guessed;
  if (a.e.kind === 'countries') {
    const status = placeStatus(a.e, a.cc);
    if (status === 'no') return say('not-eligible', `${a.name} is not among the places listed.`, said(a.e));
    if (status === 'edge')
      return say('unknown', `The region named may or may not include ${a.name}.`, said(a.e));
  }
  const doubt = bySubdivision(a);
  if (doubt) return doubt;
  if (a.tz === 'partly')
    return say('unknown', inWindow(a, `Only part of ${a.name} is inside`), said(a.e, ['timezone']));
  return say('eligible', eligibleReason(a), said(a.e));
}

/** A list of subdivisions, or excluded ones, needs the person's own. */
function bySubdivision(a: Ask): Verdict | null {
  const { include, exclude } = a.rule;
  if (a.e.kind === 'countries' && include.length) {
    if (!a.sub)
      return say('unknown', `Only some parts of ${a.name} qualify; set your state or province.`, said(a.e));
    if (!include.includes(a.sub)) {
      const reason = `${subdivisionName(a.sub)} is not among the parts of ${a.name} listed.`;
      return say('not-eligible', reason, said(a.e));
    }
  }
  if (exclude.length && !a.sub) {
    const parts = exclude.map(subdivisionName).join(', ');
    return say(
      'unknown',
      `Parts of ${a.name} are excluded (${parts}); set your state or province.`,
      said(a.e),
    );
  }
  return null;
}

function eligibleReason(a: Ask): string {
  if (a.e.kind === 'worldwide') return 'The posting is open worldwide.';
  if (a.sub && a.rule.include.includes(a.sub)) {
    return `${subdivisionName(a.sub)} is among the parts of ${a.name} listed.`;
  }
  return `The posting includes ${a.name}.`;
}

/** No countries on the page, but perhaps a time-zone window. */
function byWindowOnly(a: Ask): Verdict {
  if (a.tz === 'inside') return say('eligible', inWindow(a, `${a.name} is inside`), said(a.e, ['timezone']));
  if (a.tz === 'partly')
    return say('unknown', inWindow(a, `Only part of ${a.name} is inside`), said(a.e, ['timezone']));
  return say('unknown', 'The posting does not say where applicants may live.', null);
}
