// Reads one sentence of the posting body into the Reading: a rule, sites, exclusions, notes.
import {
  ALWAYS_NOTES,
  CLAUSE,
  AUTHORIZATION,
  EEO,
  EMPLOYMENT_REGIMES,
  LEAVES_OUT,
  LOWER48,
  namesAnExclusion,
  NOTES,
  OFFICE_WORDS,
  PAID_IN,
  PAY_RULE,
  PREFER,
  PREFERRED_AFTER,
  QUESTION,
  REMOTE_WORD,
  RULE,
  SITE_WORDS,
  STRONG,
  TEAM_ZONES,
  WHERE,
  WORLDWIDE_FIELD,
  WORLDWIDE_STRONG,
  WORLDWIDE_WEAK,
} from './cues';
import { claimOf, exclusionOf, sitesOf, worldwideClaim, type Reading, type Tier } from './claims';
import { fieldPlaces } from './field';
import { readFlags } from './flags';
import { withoutNarrowedRegions } from './narrow';
import { findMentions } from './places';
import { isSiteMention, refCountry, refKind, type Mention } from './refs';
import { placeRoles, type Placed } from './roles';
import { findTimezone, zoneIndex } from './timezones';

export interface SentenceOptions {
  /** Accept lowercase one-word names ("remote - canada"): short location fields only. */
  lenient?: boolean;
  /** Tier for the sentence's rule; the title reads at 3. */
  tier?: Tier;
  /** Read as a location field: places count without a rule word, cities are sites. */
  field?: boolean;
  /** The job is remote: a province alone in a location field is then a rule, not a site. */
  remote?: boolean;
}

export function readSentence(s: string, r: Reading, opts: SentenceOptions = {}): void {
  if (EEO.test(s) || QUESTION.test(s)) return;
  if (opts.field && WORLDWIDE_FIELD.test(s)) {
    r.claims.push(worldwideClaim(opts.tier ?? 1, { text: s, role: 'worldwide' }));
    // "Global Remote (Non-US)": worldwide, and the places it leaves out are read below.
    if (!LEAVES_OUT.test(s)) return;
  }
  readFlags(s, r);
  readRegime(s, r);
  const sited = opts.field || SITE_WORDS.test(s);
  const found = resolveAmbiguous(findMentions(s, { lenient: opts.lenient, towns: sited }));
  const mentions = withoutNarrowedRegions(s, found);
  const worldwide = WORLDWIDE_STRONG.test(s) ? 1 : WORLDWIDE_WEAK.test(s) ? 5 : null;
  const always = ALWAYS_NOTES.find(([re]) => re.test(s));
  if (always && (mentions.length || worldwide)) return void r.notes.push({ text: s, role: always[1] });
  readTimezone(s, r);
  if (PAID_IN.test(s)) r.notes.push({ text: s, role: 'pay' });
  if (!mentions.length) {
    if (worldwide) r.claims.push(worldwideClaim(opts.tier ?? worldwide, { text: s, role: 'worldwide' }));
    return;
  }
  // "Our headquarters is in Stockholm; this is a remote role within Sweden": a note's words hold
  // for the places of their own clause only.
  const noted = mentions.every((m) => NOTES.some(([re]) => re.test(clauseOf(s, m.start, NOTE_CLAUSE))));
  const note = noted ? NOTES.find(([re]) => re.test(s)) : undefined;
  if (note && !(note[1] === 'pay' ? PAY_RULE : STRONG).test(s)) {
    // "Headquartered in New York, but this role is remote anywhere in the world": both.
    if (worldwide === 1) r.claims.push(worldwideClaim(opts.tier ?? 1, { text: s, role: 'worldwide' }));
    return void r.notes.push({ text: s, role: note[1] });
  }
  const rule = opts.field || RULE.test(s) || worldwide !== null || namesAnExclusion(s);
  if (!rule) return void (sited && !opts.remote && readOffice(s, mentions, r));
  readPlaces(s, placeRoles(s, mentions, opts.field), r, { ...opts, worldwide });
}

/** Where a note's words stop holding: a semicolon or a "but" (brackets do not: "HQ in Berlin (Germany)"). */
const NOTE_CLAUSE = /;|\bbut\b/g;

/** A company's headquarters say where it sits, not where its jobs are. */
const HEAD_OFFICE = /\b(?:headquarter\w*|HQ|head office)\b/i;

/** "Ons kantoor staat in Amsterdam", "two days a week at our Leuven office": where an office or
 * hybrid job sits, said without a rule word. Its towns and cities give the country. */
function readOffice(s: string, mentions: Mention[], r: Reading): void {
  const office = OFFICE_WORDS.test(s);
  const sites = mentions.filter((m) => isSiteMention(m) || (office && refKind(m.ref) === 'sub'));
  if (sites.length) r.sites.push(...sitesOf(sites, { text: s, role: 'site' }));
}

/** "Contratação CLT": a hire under one country's labour law is a hire in that country. */
function readRegime(s: string, r: Reading): void {
  for (const [re, country] of EMPLOYMENT_REGIMES) {
    if (!re.test(s) || r.claims.some((c) => c.evidence.text === s && c.countries.includes(country))) continue;
    r.claims.push({
      tier: 1,
      countries: [country],
      regions: [],
      include: {},
      evidence: { text: s, role: 'regime' },
    });
  }
}

export function readTimezone(s: string, r: Reading): void {
  const at = zoneIndex(s);
  const tz = findTimezone(s);
  if (at < 0 && !tz) return;
  const where = at < 0 ? s.indexOf(tz?.text ?? '') : at;
  // "Our team spans time zones from UTC-8 to UTC+8": the team's hours, unless the clause is a rule
  const own = clauseOf(s, where, NOTE_CLAUSE);
  if (TEAM_ZONES.test(own) && !STRONG.test(own)) return void r.notes.push({ text: s, role: 'team' });
  // "EST hours preferred", "ideally within UTC±2": a preference, not a rule.
  if (clauseOf(s, where).match(PREFERENCE)) {
    r.notes.push({ text: s, role: 'preference' });
  } else if (tz && !r.timezone) r.timezone = { ...tz, sentence: s };
}

const PREFERENCE = new RegExp(`${PREFER.source}|${PREFERRED_AFTER.source}`, 'i');

/** The clause of `s` around position `at`, clauses ending where `bounds` match. */
function clauseOf(s: string, at: number, bounds: RegExp = CLAUSE): string {
  const cuts = [0, ...[...s.matchAll(bounds)].map((m) => m.index), s.length];
  const end = cuts.findIndex((c) => c > at);
  return s.slice(cuts[end - 1] ?? 0, cuts[end] ?? s.length);
}

export interface PlaceOptions extends SentenceOptions {
  worldwide: Tier | null;
}

function readPlaces(s: string, placed: Placed[], r: Reading, opts: PlaceOptions): void {
  const pick = (role: Placed['role']): Mention[] =>
    placed.filter((p) => p.role === role).map((p) => p.mention);
  const included = pick('include');
  noteAll(s, r, pick('prefer'), 'preference');
  noteAll(s, r, pick('office'), 'hq');
  // "Office-based in Manchester", "in our Leeds office": on a job not done remotely, the office is its site.
  const offices = pick('office');
  if (offices.length && !opts.remote && !HEAD_OFFICE.test(s))
    r.sites.push(...sitesOf(offices, { text: s, role: 'site' }));
  noteAll(s, r, pick('other'), 'condition');
  const excluded = exclusionOf(pick('exclude'), { text: s, role: 'exclusion' });
  if (excluded) r.exclusions.push(excluded);
  if (LOWER48.test(s))
    r.exclusions.push({ countries: [], subs: ['US-AK', 'US-HI'], evidence: { text: s, role: 'exclusion' } });
  if (included.length) return includePlaces(s, included, r, opts);
  if (opts.worldwide)
    return void r.claims.push(worldwideClaim(opts.tier ?? opts.worldwide, { text: s, role: 'worldwide' }));
  // "100% remote, but preference for EU or East Asia": a preference implies others may apply.
  if (pick('prefer').length && REMOTE_WORD.test(s))
    r.claims.push(worldwideClaim(5, { text: s, role: 'worldwide' }));
}

// What may sit between an address and its country: a comma, a postal code ("OK 74361, USA").
const POSTAL_GAP = /^[\s,]*(?:[A-Z\d]{3,5}(?:[\s-][A-Z\d]{3,4})?)?[\s,]*$/;

function includePlaces(s: string, included: Mention[], r: Reading, opts: PlaceOptions): void {
  if (opts.field) return fieldPlaces(s, included, r, opts);
  // Cities and addresses are where the job sits, unless the sentence lists them among provinces
  // ("… within these select provinces (Alberta, British Columbia, Ontario, and Ottawa)").
  const provinces = new Set(
    included.filter((m) => !isSiteMention(m) && refKind(m.ref) === 'sub').map((m) => m.ref.slice(0, 2)),
  );
  // A province beside office words and no rule word is where the office is: a site.
  const officeOnly = OFFICE_WORDS.test(s) && !STRONG.test(s);
  const sited = included.filter(
    (m) =>
      (isSiteMention(m) && !provinces.has(m.ref.slice(0, 2))) || (officeOnly && refKind(m.ref) === 'sub'),
  );
  // "Reston, VA, USA": the country closes the address before it.
  const closes = (m: Mention, i: number): boolean => {
    const prev = included[i - 1];
    const gap = s.slice(prev?.end, m.start);
    return !!prev && sited.includes(prev) && refCountry(prev.ref) === m.ref && POSTAL_GAP.test(gap);
  };
  const rest = included.filter((m, i) => !sited.includes(m) && !closes(m, i));
  if (sited.length && SITE_WORDS.test(s)) r.sites.push(...sitesOf(sited, { text: s, role: 'site' }));
  // "Must reside within 50 miles of Chicago, IL": a rule that names only towns holds to their country.
  if (!rest.length && sited.length && STRONG.test(s))
    rest.push(...sited.map((m) => ({ ...m, ref: refCountry(m.ref) ?? m.ref })));
  const tier = opts.tier ?? (authorizationOnly(s) ? 4 : 1);
  const claim = claimOf(rest, tier, { text: s, role: tier === 4 ? 'authorization' : 'countries' });
  if (claim) r.claims.push(claim);
}

/** "Must be authorized to work in the US" says nothing about where one lives, so it ranks below rules. */
function authorizationOnly(s: string): boolean {
  if (!new RegExp(AUTHORIZATION.source, 'i').test(s)) return false;
  return !WHERE.test(s.replace(AUTHORIZATION, ' '));
}

function noteAll(s: string, r: Reading, mentions: Mention[], role: string): void {
  if (mentions.length && !r.notes.some((n) => n.text === s && n.role === role))
    r.notes.push({ text: s, role });
}

/** "Georgia" is the US state when the sentence also names the US or a US state; without such a hint
 * it is not read at all (never guess). */
function resolveAmbiguous(mentions: Mention[]): Mention[] {
  return mentions.flatMap((m) => {
    if (!m.alts) return [m];
    const others = mentions.filter((o) => o !== m).map((o) => o.ref.slice(0, 2));
    const fit = [m.ref, ...m.alts].find((ref) => ref.length > 2 && others.includes(ref.slice(0, 2)));
    return fit ? [{ ref: fit, via: m.via, start: m.start, end: m.end }] : [];
  });
}
