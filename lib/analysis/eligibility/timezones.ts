// Time-zone windows as postings write them ("UTC-1 to UTC+4", "GMT-8 to GMT-3", "EST ±3h",
// "between UTC-1 and UTC+4"), and whether a country's zones fall inside one.
import { offsetsOf } from '../geo';

/** [earliest, latest] UTC offset in minutes. */
export type Window = [number, number];

export interface TimezoneRule {
  /** The words of the page, as written. */
  text: string;
  /** The window they describe; null for working-hours wording ("3-4 hour overlap with EST"). */
  window: Window | null;
}

const H = 60;
// Loose readings: people write "EST" all year, so a US/EU abbreviation covers standard and daylight time.
// IST is India (job ads), CST is US Central.
const ZONES: Record<string, Window> = {
  UTC: [0, 0],
  GMT: [0, 0],
  WET: [0, H],
  BST: [H, H],
  CET: [H, 2 * H],
  CEST: [2 * H, 2 * H],
  EET: [2 * H, 3 * H],
  EEST: [3 * H, 3 * H],
  MSK: [3 * H, 3 * H],
  IST: [5.5 * H, 5.5 * H],
  SGT: [8 * H, 8 * H],
  JST: [9 * H, 9 * H],
  KST: [9 * H, 9 * H],
  AEST: [10 * H, 11 * H],
  NZST: [12 * H, 13 * H],
  HST: [-10 * H, -10 * H],
  AKST: [-9 * H, -8 * H],
  PST: [-8 * H, -7 * H],
  PDT: [-7 * H, -7 * H],
  PT: [-8 * H, -7 * H],
  MST: [-7 * H, -6 * H],
  MT: [-7 * H, -6 * H],
  CST: [-6 * H, -5 * H],
  CT: [-6 * H, -5 * H],
  EST: [-5 * H, -4 * H],
  EDT: [-4 * H, -4 * H],
  ET: [-5 * H, -4 * H],
  AST: [-4 * H, -3 * H],
  BRT: [-3 * H, -3 * H],
  ART: [-3 * H, -3 * H],
  WAT: [H, H],
  CAT: [2 * H, 2 * H],
  EAT: [3 * H, 3 * H],
  SAST: [2 * H, 2 * H],
  'CENTRAL EUROPEAN': [H, 2 * H],
  'EASTERN EUROPEAN': [2 * H, 3 * H],
  'WESTERN EUROPEAN': [0, H],
  PACIFIC: [-8 * H, -7 * H],
  MOUNTAIN: [-7 * H, -6 * H],
  CENTRAL: [-6 * H, -5 * H],
  EASTERN: [-5 * H, -4 * H],
  // the US coasts by the hours they keep
  'EAST COAST': [-5 * H, -4 * H],
  'WEST COAST': [-8 * H, -7 * H],
};

const ABBR = Object.keys(ZONES)
  .filter((k) => /^[A-Z]+$/.test(k) && k !== 'UTC' && k !== 'GMT')
  .join('|');
// One offset: "UTC-1", "GMT +5:30", "UTC", "EST", "Pacific Time".
const OFFSET = new RegExp(
  `\\b(?:(?:UTC|GMT)\\s*([+\\-−–]\\s*\\d{1,2}(?::?\\d{2})?)?|(${ABBR})|((?:Central|Eastern|Western) European|Pacific|Mountain|Central|Eastern)(?: [Ss]tandard| [Dd]aylight)? [Tt]ime(?: ?[Zz]ones?)?|((?:East|West) Coast))(?![\\w+])`,
  'g',
);

interface Found {
  window: Window;
  start: number;
  end: number;
}

function minutes(signed: string): number {
  const m = /([+\-−–])\s*(\d{1,2})(?::?(\d{2}))?/.exec(signed);
  if (!m) return 0;
  const value = Number(m[2]) * H + Number(m[3] ?? 0);
  return m[1] === '+' ? value : -value;
}

function offsets(text: string): Found[] {
  return [...text.matchAll(OFFSET)].map((m) => {
    const named = m[2] ?? (m[3] ?? m[4])?.toUpperCase();
    const at = m[1] ? minutes(m[1]) : 0;
    const window: Window = named ? (ZONES[named] ?? [0, 0]) : [at, at];
    return { window, start: m.index, end: m.index + m[0].length };
  });
}

const RANGE_GAP = /^\s*(?:to|through|until|till|and|[-–—~/])\s*$/i;
const BARE_END = /^\s*(?:to|through|until|and|[-–—~/])\s*([+\-−–]\s*\d{1,2}(?::?\d{2})?)\b/i;
const PLUS_MINUS = /^\s*(?:±|\+\/-|\+-|plus or minus)\s*(\d{1,2})\s*(?:h\b|hrs?\b|hours?\b)?/i;
// "+- 4h CET", "±3 hours EST": the spread written before the zone.
const PLUS_MINUS_BEFORE = /(?:±|\+\/?-)\s*(\d{1,2})\s*(?:h|hrs?|hours?)\s*(?:of\s+)?$/i;
const WITHIN_OF = /(?:within|±|\+\/-)\s*(\d{1,2})\s*(?:h|hrs?|hours?)\s+(?:of|from)\s+(?:the\s+)?$/i;
const LEAD = /(?:between|from)\s+$/i;
const HOURS_AFTER = /^\s*(?:business |working |work |office )?hours/i;
const OVERLAP =
  /\b(?:\d+(?:\s*[-–]\s*\d+)?\+?\s*hours?\s+(?:of\s+)?overlap\s+with\s+[^,.;]+|overlap(?:ping)?\s+with\s+[^,.;]*?\b(?:UTC|GMT|[A-Z]{2,4}T|time\s?zones?)\b[^,.;]*)/;

const span = (a: Window, b: Window): Window => [Math.min(a[0], b[0]), Math.max(a[1], b[1])];

/** Where the first zone or UTC offset is written, or -1. */
export function zoneIndex(text: string): number {
  return offsets(text)[0]?.start ?? -1;
}

/** The first time-zone window (or working-hours requirement) in a sentence, or null. */
export function findTimezone(text: string): TimezoneRule | null {
  const found = offsets(text);
  for (let i = 0; i < found.length; i++) {
    const rule = windowAt(text, found, i);
    if (rule) return rule;
  }
  const overlap = OVERLAP.exec(text);
  return overlap ? { text: overlap[0].trim(), window: null } : null;
}

function windowAt(text: string, found: Found[], i: number): TimezoneRule | null {
  const a = found[i];
  if (!a) return null;
  const lead = LEAD.exec(text.slice(0, a.start));
  const from = lead ? lead.index : a.start;
  const b = found[i + 1];
  if (b && RANGE_GAP.test(text.slice(a.end, b.start))) {
    return { text: text.slice(from, b.end), window: span(a.window, b.window) };
  }
  const after = text.slice(a.end);
  const bare = BARE_END.exec(after);
  if (bare?.[1]) {
    const end = minutes(bare[1]);
    return { text: text.slice(from, a.end + bare[0].length), window: span(a.window, [end, end]) };
  }
  const pm = PLUS_MINUS.exec(after);
  if (pm) return { text: text.slice(a.start, a.end + pm[0].length), window: widen(a.window, Number(pm[1])) };
  const before = text.slice(0, a.start);
  const within = WITHIN_OF.exec(before) ?? PLUS_MINUS_BEFORE.exec(before);
  if (within) return { text: text.slice(within.index, a.end), window: widen(a.window, Number(within[1])) };
  if (HOURS_AFTER.test(after) || /overlap/i.test(text)) return null;
  // A lone zone counts only as a place to be ("must be located in the EST time zone"); two-letter
  // ones (PT, MT, CT, ET) are country codes too, so they count only inside a range.
  // A zone in brackets qualifies the place before it: "North America (Pacific Time)", "(US, EST)";
  // not a schedule's hours ("(8:00AM – 5:00PM CST)").
  const bracketed = /[([][^)\]\d]*$/.test(text.slice(0, a.start));
  if (!bracketed && !/\b(?:time\s?zones?|located|based|living|reside)\b/i.test(text)) return null;
  if (/^[A-Z]{2}$/.test(text.slice(a.start, a.end))) return null;
  return { text: text.slice(a.start, a.end), window: a.window };
}

const widen = (w: Window, hours: number): Window => [w[0] - hours * H, w[1] + hours * H];

/** The window of a zone written at the very start of `text` ("Eastern Time Zone", "CET ±2h",
 * "UTC-5 to UTC-3"), or null. A lone two-letter zone (PT, ET) is a country code too: not read. */
export function leadingWindow(text: string): Window | null {
  const found = offsets(text);
  const first = found[0];
  if (!first || text.slice(0, first.start).trim()) return null;
  const rule = windowAt(text, found, 0);
  if (rule?.window) return rule.window;
  return /^[A-Z]{2}$/.test(text.slice(first.start, first.end)) ? null : first.window;
}

/** Re-reads a window from the record's `timezones` text. */
export function parseWindow(text: string | null): Window | null {
  // the record keeps only the zone's own words ("EST", "Eastern Time", "East Coast"): read as a
  // window, whatever the sentence around them said
  return text ? (findTimezone(text)?.window ?? leadingWindow(text.trim())) : null;
}

export type Fit = 'inside' | 'partly' | 'outside';

/** Whether all, some or none of a country's UTC offsets (standard and daylight) fall in the window. */
export function fitOf(window: Window, country: string): Fit | null {
  const range = offsetsOf(country);
  if (!range) return null;
  const [lo, hi] = range;
  if (lo >= window[0] && hi <= window[1]) return 'inside';
  if (hi < window[0] || lo > window[1]) return 'outside';
  return 'partly';
}
