import { detect } from './detect';
import { extract, type Extraction } from './extract';
import type { ChoosePosting } from './extract/sections';
import { canonicalUrl, pageTitles } from './extract/meta';
import { applyLinks, logoNames } from './extract/employer-clues';
import { lettersAndDigits } from '../text/compare';
import {
  HEADER_BLOCKS,
  HEADER_TEXT,
  QUOTED_FIELDS,
  type Detection,
  type PageRead,
  type PageReading,
  type ShownField,
} from '../model/reading';
import type { FieldName, Found } from '../model/fields';
import type { Source } from '../model/types';
import type { Block } from './blocks';
import { readSiteWith, type AdapterFor, type AdapterRead } from './sites/read-site';

// The half of a scan that needs the page: detect, then extract the posting's fields, body and the
// chips under its heading. Its result is plain data, so the content script can hand it to the
// background, where the engines turn it into a Job (lib/analysis/interpret.ts).

// What the engines read of one posting. Real postings are a few thousand characters; the limit keeps
// a hostile page's megabytes from costing the background seconds (see bench/results.md).
const DESCRIPTION_LIMIT = 100_000;

/** The first texts, up to `limit` characters in all (the last one cut). */
function upTo(limit: number, texts: string[]): string[] {
  const out: string[] = [];
  let left = limit;
  for (const text of texts) {
    if (left <= 0) break;
    out.push(text.slice(0, left));
    left -= text.length;
  }
  return out;
}

function description(x: Extraction): string {
  const own = x.fields.description?.value;
  const text = own ?? x.blocks.map((b) => b.text).join('\n');
  return text.slice(0, DESCRIPTION_LIMIT);
}

/** The page's main region, when it marks one unambiguously. */
function mainRegion(doc: Document): Element | null {
  for (const selector of ['main', '[role="main"]', 'article']) {
    const found = doc.querySelectorAll(selector);
    if (found.length === 1) return found[0] as Element;
  }
  return null;
}

/** The eligibility and salary engines read the posting body, not the page chrome around it. */
function bodyBlocks(x: Extraction, doc: Document): Block[] {
  const own = x.fields.description?.value;
  if (own) return own.split('\n').map((text) => ({ text, el: doc.documentElement, tag: 'p' }));
  const main = mainRegion(doc);
  const inside = main ? x.blocks.filter((b) => main.contains(b.el)) : [];
  return inside.length ? inside : x.blocks;
}

/** The short texts right under the posting's heading, where boards put chips. */
function headerTexts(blocks: Block[], title: string | undefined): string[] {
  // the heading that writes the title, else the first h1 (a search page's h1 can be its result count)
  let at = blocks.findIndex((b) => /^h[1-3]$/.test(b.tag) && b.text === title);
  if (at < 0) at = blocks.findIndex((b) => b.tag === 'h1');
  if (at < 0 && title) at = blocks.findIndex((b) => b.text === title);
  if (at < 0) return [];
  return blocks.slice(at + 1, at + 1 + HEADER_BLOCKS).map((b) => b.text.slice(0, HEADER_TEXT));
}

/** What the board's reader is written to find (its selectors, and always the title) but did not,
 * though the generic reader found it on the page. */
function missedBy(site: AdapterRead, found: Found): FieldName[] {
  const expected = new Set<FieldName>(['title', ...(Object.keys(site.adapter.fields ?? {}) as FieldName[])]);
  return [...expected].filter((k) => !site.fields[k] && found[k]);
}

const SHOWN_SOURCES: ReadonlySet<Source> = new Set(['label', 'text']);

/** Quoted fields whose words are nowhere in the page's visible text (read from its data). */
function unshownFields(fields: Found, blocks: Block[]): ShownField[] {
  // Labels and text are read off the visible page: only what an adapter, JSON-LD, microdata or a
  // meta tag gave needs looking for, so most pages skip the walk over their text.
  const quoted = QUOTED_FIELDS.filter((k) => fields[k] && !SHOWN_SOURCES.has(fields[k].source));
  if (!quoted.length) return [];
  const page = lettersAndDigits(blocks.map((b) => b.text).join(' '));
  return quoted.filter((k) => !page.includes(lettersAndDigits(fields[k]?.value ?? '')));
}

/** What the user asked of a reading: `anyway`, read the page as a posting whatever detection says
 * ("Read it anyway"); `posting`, on a page of several, which one (the one picked, the one in view). */
export interface ReadRequest {
  anyway?: boolean;
  posting?: ChoosePosting;
}

/** detect → extract, as one pure function of the page. `adapterFor`: which site adapter reads
 * it (a content script carries only its own board's; the CLI chooses by match patterns). */
export function readPage(
  doc: Document,
  url: URL,
  adapterFor: AdapterFor,
  { anyway = false, posting }: ReadRequest = {},
): PageRead {
  const site = readSiteWith(adapterFor, doc, url);
  // A board's own reader that finds a posting's title and text where its address says one is
  // settles it (a search page's pane under a heading of results too); else the signals decide.
  const detection: Detection =
    site?.isPosting && site.fields.title && site.fields.description
      ? { kind: 'posting', score: 1, signals: [`site:${site.adapter.id}`] }
      : detect(doc, url, site?.isPosting ?? false);
  if (detection.kind !== 'posting' && !anyway) return { detection, reading: null, misses: [], several: null };
  const x = extract(doc, site?.fields, posting);
  const misses = site?.isPosting ? missedBy(site, x.fields) : [];
  // Every field to the limit, once: a description the page states (JSON-LD) is also the body the
  // engines read, and a location of ten thousand offices would otherwise spoil the whole job.
  for (const [name, field] of Object.entries(x.fields))
    if (field && (field.value.length > DESCRIPTION_LIMIT || field.evidence.length > DESCRIPTION_LIMIT))
      x.fields[name as keyof typeof x.fields] = {
        ...field,
        value: field.value.slice(0, DESCRIPTION_LIMIT),
        evidence: field.evidence.slice(0, DESCRIPTION_LIMIT),
      };
  // Some boards fill their structured data with site-wide defaults (estimated pay, "Anywhere").
  for (const key of site?.adapter.distrust ?? []) delete x.structured[key];
  const body = bodyBlocks(x, doc);
  const reading: PageReading = {
    url: url.href,
    canonicalUrl: canonicalUrl(doc, url.href) ?? null,
    site: site?.adapter.id ?? 'generic',
    fields: x.fields,
    structured: x.structured,
    body: upTo(
      DESCRIPTION_LIMIT,
      body.map((b) => b.text),
    ),
    description: description(x),
    header: headerTexts(x.blocks, x.fields.title?.value),
    pageTitles: pageTitles(doc),
    applyLinks: applyLinks(doc),
    logos: logoNames(doc),
    remoteBoard: site?.adapter.workplace === 'remote' ? site.adapter.name : null,
    unshown: unshownFields(x.fields, x.blocks),
    ...(detection.doubt && !anyway ? { doubt: detection.doubt } : {}),
  };
  return { detection, reading, misses, several: x.several };
}
