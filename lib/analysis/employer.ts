import type { Field } from '../model/types';
import { hostOf } from '../text/web-url';
import { companyInText } from './company-in-text';
import { findMentions } from './eligibility/places';
import { NOT_AN_EMPLOYER } from '../text/board-names';

// Whose posting this is, when the page's own words did not say it clearly. A company's careers
// site is on the company's own domain, and its pages name the company as written there: "CTcue"
// on ctcue.com, "Agora Games" on agoragames.com, "Cognotekt GmbH" on cognotektgmbh.github.io.

/** Hosts many organisations share: their name says nothing about whose page it is. */
// Recruiting software whose account is not in the host (paylocity.com, workforcenow.adp.com),
// classifieds, and governments' job sites, whose employer is a department, not the host.
const SHARED_HOST =
  /(?:^|\.)(?:github\.com|gitlab\.com|bitbucket\.org|medium\.com|substack\.com|notion\.site|blogspot\.com|wordpress\.com|google\.com|linkedin\.com|indeed\.[a-z.]+|glassdoor\.[a-z.]+|remotewlb\.com|paylocity\.com|adp\.com|ultipro\.com|craigslist\.org|gov\.uk|nhs\.uk|gc\.ca|canada\.ca|usajobs\.gov|gov\.au)$/;
/** Pages hosted per organisation under a shared domain: the first label is the organisation. */
const PER_ORGANISATION = /\.(?:github\.io|gitlab\.io|netlify\.app|vercel\.app|pages\.dev|taleo\.net)$/;

/** The part of a host that names its owner: "ctcue" for careers.ctcue.com, "neueda" for labs.neueda.com. */
export function ownerLabel(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  if (SHARED_HOST.test(host)) return null;
  const labels = host.split('.');
  // "example.co.uk", "example.com.br": a two-part public suffix.
  const twoPart = labels.length >= 3 && /^(?:co|com|org|net|ac|gov|edu)$/.test(labels.at(-2) ?? '');
  const label = PER_ORGANISATION.test(host) ? labels[0] : labels.at(twoPart ? -3 : -2);
  // "firma-beispiel.de" is owned by "Firma Beispiel": compared by letters, as names are
  const owner = label?.replace(/-/g, '');
  return owner && owner.length >= 3 ? owner : null;
}

const letters = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();

// A name as pages write one: capitalised words ("Agora Games", "CTcue", "JobRunr", "Cognotekt GmbH"),
// lower-case joining words between them ("University of Toronto").
const JOINERS = 'of|for|de|du|des|di|der|do|da|für|pour|para|per|and|und|et|y|&';
const JOINING = new RegExp(`^(?:${JOINERS})$`);
const NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:${JOINERS})\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}`,
  'gu',
);

// What an organisation's name adds to the word its domain keeps: "Columbia University" on
// columbia.edu, "Hotjar Ltd" on hotjar.com, "University of Toronto" on toronto.edu.
const ORG_WORDS = new Set(
  'university universität université universidad universidade università college institute institut school academy foundation stiftung hospital inc ltd llc plc gmbh ag sa bv corp corporation company group labs lab technologies technology software systems solutions studio studios games'.split(
    ' ',
  ),
);
const isOrgWord = (word: string | undefined): boolean => ORG_WORDS.has(letters(word ?? ''));

/** Whether a name is the host's owner: its letters are the owner label's, with or without the
 * organisation word around it ("Columbia University", "University of Columbia"). */
function namesOwner(words: string[], owner: string, withOrgWord: boolean): boolean {
  if (!withOrgWord) return letters(words.join('')) === owner;
  if (words.length < 2) return false;
  if (isOrgWord(words.at(-1))) return letters(words.slice(0, -1).join('')) === owner;
  const core = JOINING.test(words[1] ?? '') ? words.slice(2) : words.slice(1);
  return isOrgWord(words[0]) && core.length > 0 && letters(core.join('')) === owner;
}

/** The first name in the text whose letters are the host's owner label, as the text writes it,
 * with the organisation word beside it when it has one. */
export const nameOfHost = (texts: readonly string[], hostname: string): string | null => {
  const owner = ownerLabel(hostname);
  return owner ? nameOfOwner(texts, owner) : null;
};

/** The first name in the text whose letters are `owner`'s. */
function nameOfOwner(texts: readonly string[], owner: string): string | null {
  for (const text of texts.slice(0, 200)) {
    for (const m of text.slice(0, 5000).matchAll(NAME)) {
      const words = m[0].replace(/[.'’-]+$/, '').split(/\s+/);
      // "British Columbia" is a place, whatever columbia.edu is
      if (namesNoOne(words.join(' '))) continue;
      const name = ownerIn(words, owner, true) ?? ownerIn(words, owner, false);
      if (name) return name;
    }
  }
  return null;
}

/** "The Goldenberg Lab Toronto" holds "Goldenberg Lab": every run of a name's words, longest first. */
function ownerIn(words: string[], owner: string, withOrgWord: boolean): string | null {
  for (let from = 0; from < words.length; from++) {
    if (JOINING.test(words[from] ?? '')) continue;
    for (let to = words.length; to > from; to--) {
      const run = words.slice(from, to);
      if (namesOwner(run, owner, withOrgWord)) return run.join(' ');
    }
  }
  return null;
}

// What a company field says when it names no employer: a placeholder, a name held back, or the
// posting's reference ("Ref 12345", "Req #4411").
const NO_EMPLOYER =
  /^(?:none|n\/?a|null|undefined|unknown|hiring|for hire|now hiring|we(?:'re| are) hiring|not (?:specified|disclosed|available)|confidential(?: company| employer)?|anonymous|undisclosed|private(?: advertiser| employer| company)?|tbd|—|-|(?:ref(?:erence)?|req(?:uisition)?|job|vacancy|posting)\.?(?: ?(?:id|no\.?|number|#))? ?[:#]? ?[\w-]*\d[\w-]*)$/i;

/** A company value that cannot be one: no letters ("607"), a placeholder ("None", "N/A",
 * "Confidential"), or only a place ("LATAM", "Canada"). */
export function namesNoOne(company: string): boolean {
  if (!/\p{L}/u.test(company) || NO_EMPLOYER.test(company.trim())) return true;
  const places = findMentions(company, { lenient: true });
  const covered = places.reduce((n, m) => n + (m.end - m.start), 0);
  return places.length > 0 && covered >= company.replace(/[\s,/&-]+/g, '').length;
}

/** Sources a name read from the company's own domain may overrule: the page's looser guesses. */
const GUESSED: ReadonlySet<Field<string>['source']> = new Set(['text', 'meta']);

/** On a job board or an ATS, a guessed company that is the site's own name ("Jobstreet" from
 * og:site_name on ph.jobstreet.com): the host names the board, not the employer. */
export function isBoardName(company: Field<string> | undefined, url: string): boolean {
  if (!company || !GUESSED.has(company.source)) return false;
  return ownerLabel(hostOf(url)) === letters(company.value);
}

/** Where a page shows who hires without saying it in words. */
export interface EmployerClues {
  /** The page's address; null on a job board's page (its domain is the board's). */
  url: string | null;
  /** On a job board's page, its address: the board's own name (its logo) is never the employer. */
  board?: string | null;
  /** Where applicants are sent: the posting's apply address and the page's Apply links. */
  applyUrls?: readonly (string | null)[];
  /** The page's titles and the lines under its heading, where a site names itself. */
  titles?: readonly string[];
  /** The alt text of the page's logos ("Acme logo"). */
  logos?: readonly string[];
}

/** The employer: the page's structured word, else a name an owner confirms (the site's domain, an
 * ATS account applicants are sent to, a mail domain, a logo), else the page's guess when it is a
 * name at all. */
// A careers site's name around its owner's: "Werken bij Zuidvaart Energie", "Careers at Acme".
const CAREERS_AT =
  /^(?:werken bij|careers? at|jobs at|work(?:ing)? at|life at|karriere bei|jobs bei|carrières? chez|emplois chez|trabaja en|trabaja con|trabalhe na|trabalhe no|lavora con|praca w)\s+(?=\p{Lu})/iu;

function withoutCareersSite(company: Field<string>): Field<string> {
  const value = company.value.replace(CAREERS_AT, '');
  return value === company.value ? company : { ...company, value };
}

export function employerOf(
  company: Field<string> | undefined,
  texts: readonly string[],
  clues: EmployerClues = { url: null },
): Field<string> | undefined {
  const named = company && withoutCareersSite(company);
  const stated = (named && !namesNoOne(named.value) ? named : undefined) ?? companyInText(texts);
  if (stated && !GUESSED.has(stated.source)) return stated;
  const owners = ownersOf(clues, texts);
  if (stated && owners.includes(letters(stated.value))) return stated;
  for (const owner of owners) {
    // a site's titles name the site on every page: the employer only when the page names no other
    const owned = nameOfOwner(texts, owner) ?? (stated ? null : nameOfOwner(clues.titles ?? [], owner));
    if (owned && !NOT_AN_EMPLOYER.test(owned)) return { value: owned, source: 'text', evidence: owned };
  }
  return stated;
}

/** Whose the page is by its clues, strongest first: its own domain, where applicants are sent,
 * where they write to, its logos. */
function ownersOf(clues: EmployerClues, texts: readonly string[]): string[] {
  const sent = [clues.url, ...(clues.applyUrls ?? [])].flatMap((u) =>
    u ? [tenantOf(u) ?? ownerLabel(hostOf(u))] : [],
  );
  const mail = mailHosts(texts).map(ownerLabel);
  const logos = (clues.logos ?? []).map((alt) => letters(alt.replace(LOGO_WORDS, '')));
  const boards = clues.board ? ownerLabel(hostOf(clues.board)) : null;
  return [...new Set([...sent, ...mail, ...logos])].filter(
    (o): o is string => !!o && o.length >= 3 && o !== boards,
  );
}

// "Acme logo", "Logo of Acme", "Logo de l'entreprise Acme", "Acme-Logo": the name without the word.
const LOGO_WORDS = /\b(?:company\s+)?logo(?:\s+(?:of|for|de|von|du|da|do)(?:\s+l[’']entreprise)?)?\b/gi;

// An ATS account in the address an Apply link leads to: "jobs.lever.co/acme/…", "acme.recruitee.com".
const PATH_TENANT =
  /^(?:(?:job-)?boards(?:\.eu)?\.greenhouse\.io|jobs(?:\.eu)?\.lever\.co|jobs\.ashbyhq\.com|apply\.workable\.com|(?:jobs|careers)\.smartrecruiters\.com|jobs\.jobvite\.com)$/;
const HOST_TENANT =
  /^([a-z0-9-]+)\.(?:[a-z0-9]+\.)?(?:recruitee\.com|teamtailor\.com|bamboohr\.com|breezy\.hr|applytojob\.com|jobs\.personio\.(?:de|com)|myworkdayjobs\.com|pinpointhq\.com|freshteam\.com|homerun\.co|workable\.com|zohorecruit\.com)$/;

/** The account an ATS address belongs to, as letters ("acme"); null off the ATSs. */
export function tenantOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  const tenant = PATH_TENANT.test(host)
    ? (u.searchParams.get('for') ?? u.pathname.split('/').find((part) => part && part !== 'embed'))
    : HOST_TENANT.exec(host)?.[1];
  return tenant ? letters(tenant) : null;
}

/** Mail services anyone may use: an address there says nothing of the employer. */
const SHARED_MAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|icloud|aol|proton|protonmail|pm|gmx|mail|yandex|zoho|fastmail|tutanota|qq|163|126|naver|daum|rediffmail|seznam|wp|onet|orange|free|libero|web)$/;
const MAIL = /[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})/gu;

/** The domains of the e-mail addresses the posting gives ("send your CV to jobs@acme.io"). */
function mailHosts(texts: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const text of texts.slice(0, 200))
    for (const m of text.slice(0, 5000).matchAll(MAIL)) {
      const host = (m[1] ?? '').toLowerCase();
      if (!SHARED_MAIL.test(ownerLabel(host) ?? 'mail')) hosts.add(host);
    }
  return [...hosts];
}
