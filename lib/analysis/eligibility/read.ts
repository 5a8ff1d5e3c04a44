// Reads a posting's location text, title, JSON-LD and body into an Eligibility record.
import type { Eligibility, Workplace } from '../../model/types';
import { emptyReading, type Reading } from './claims';
import { LOCATION_HEADING, LOCATION_LABEL, REMOTE_WORD, RULE } from './cues';
import { findMentions } from './places';
import { readJsonLdLocation, type JsonLdLocation } from './jsonld-location';
import { merge } from './merge';
import { readSentence, type SentenceOptions } from './sentence';
import { sentences } from '../../text/words';
import { readTitle } from './title';

export interface EligibilityInput {
  title?: string | null;
  /** The posting's location badge/field as written ("Remote - United States", "London [Remote], UK"). */
  locationText?: string | null;
  workplace?: Workplace;
  /** Raw JSON-LD values of the JobPosting. */
  jsonld?: JsonLdLocation | null;
  /** Visible text blocks of the posting body in document order (paragraphs, list items, headings). */
  blocks: string[];
}

// Location text up to this many words is a badge, and may be lowercase ("remote - canada"). A
// "Location:" line longer than this is a sentence, read like the body ("Location: This job is open
// to applicants in all timezones…").
const FIELD_WORDS = 14;
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** The location field: places count without a rule word, cities are sites. */
function readField(text: string, r: Reading, remote: boolean): void {
  for (const s of sentences(text))
    readSentence(s, r, { field: true, lenient: words(s) <= FIELD_WORDS, remote });
}

// A label whose value a page glued on without a space: "LocationToronto, ON".
const GLUED_LABEL = /^(?:Job |Work )?Location(?=[A-Z])/;

// "We can hire in the following countries:" over a list of them: the list holds the rule's places.
const LEADS_A_LIST = /:\s*$/;
const LIST_ITEMS = 60;
const ITEM_WORDS = 8;

/** The list items right after block `at` that name places, up to the first that does not. */
function placeItems(blocks: string[], at: number): string[] {
  const items: string[] = [];
  for (let j = at + 1; j < blocks.length && items.length < LIST_ITEMS; j++) {
    const item = blocks[j] as string;
    if (words(item) > ITEM_WORDS || !findMentions(item, { lenient: true }).length) break;
    items.push(item.trim().replace(/[.;,]$/, ''));
  }
  return items;
}

function readBlocks(blocks: string[], r: Reading, opts: SentenceOptions): void {
  let afterHeading = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as string;
    // "Location" as a heading: the next short block is the location field.
    if (afterHeading && words(block) <= FIELD_WORDS) {
      afterHeading = false;
      readField(block, r, opts.remote ?? false);
      continue;
    }
    afterHeading = LOCATION_HEADING.test(block.trim());
    if (afterHeading) continue;
    const items =
      LEADS_A_LIST.test(block) && RULE.test(block) && !findMentions(block).length
        ? placeItems(blocks, i)
        : [];
    if (items.length) {
      readSentence(`${block.trim()} ${items.join(', ')}`, r, opts);
      i += items.length;
      continue;
    }
    for (const s of sentences(block)) {
      const label = LOCATION_LABEL.exec(s) ?? GLUED_LABEL.exec(s);
      const rest = label ? s.slice(label[0].length) : '';
      // "Preferred location: Austin, TX" is a wish, not a rule
      if (label && /^preferred/i.test(label[0])) r.notes.push({ text: s, role: 'preference' });
      else if (label && rest && words(rest) <= FIELD_WORDS)
        readSentence(rest, r, { ...opts, field: true, lenient: true });
      else readSentence(s, r, opts);
    }
  }
}

export function readEligibility(input: EligibilityInput): Eligibility {
  const r = emptyReading();
  const workplace = input.workplace ?? 'unknown';
  readJsonLdLocation(input.jsonld, r);
  const loc = input.locationText ?? '';
  // A stated workplace wins over the word "remote" in a hybrid model ("50% on-site; 50% remote").
  const hinted = r.remote || REMOTE_WORD.test(loc) || REMOTE_WORD.test(input.title ?? '');
  r.remote = workplace === 'remote' || (workplace === 'unknown' && hinted);
  if (loc) readField(loc, r, r.remote);
  if (input.title) readTitle(input.title, r, r.remote);
  readBlocks(input.blocks, r, { remote: r.remote });
  return merge(r, workplace);
}
