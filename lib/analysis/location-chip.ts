import type { Field } from '../model/types';
import { workplaceOf } from '../model/work-words';
import { findMentions } from './eligibility/places';

// Careers pages write the job's place right under its heading with no label: "Munich, Germany",
// "Remote · Europe", "Engineering · Berlin, Germany · Full-time". A line there whose pieces are
// places (or a workplace word beside a place) is the location the page would have labelled.

/** How many lines under the heading may hold the place, and how long such a line is at most. */
const CHIP_LINES = 4;
const CHIP_TEXT = 80;
const PIECES = /\s*[·•|/]\s*|\s+[-–—]\s+/;

/** Whether a piece of a line is nothing but places ("Berlin, Germany", "US", "New York, NY"). */
function onlyPlaces(piece: string): boolean {
  const places = findMentions(piece, { lenient: true, towns: true });
  const covered = places.reduce((n, m) => n + (m.end - m.start), 0);
  return places.length > 0 && covered >= piece.replace(/[^\p{L}\p{N}]+/gu, '').length;
}

/** The place pieces of the first line under the heading that has any, with the workplace words
 * among them ("Remote - Europe"), as the page writes them. */
export function locationChip(header: readonly string[]): Field<string> | undefined {
  for (const line of header.slice(0, CHIP_LINES)) {
    if (line.length > CHIP_TEXT) continue;
    const pieces = line.split(PIECES).filter(Boolean);
    const places = pieces.filter(onlyPlaces);
    if (!places.length) continue;
    const value = pieces.filter((p) => places.includes(p) || isWorkplace(p)).join(' - ');
    return { value, source: 'text', evidence: line };
  }
  return undefined;
}

/** "Remote", "Fully remote", "Hybrid": a short piece that names a workplace. */
const isWorkplace = (piece: string): boolean => piece.split(/\s+/).length <= 2 && workplaceOf(piece) !== null;
