// A job heading often carries the employer's name as one of its parts: "Desenvolvedor Java -
// Sylision", "Acme | Data Engineer". The background takes it out once it knows the employer
// (lib/analysis/heading.ts, lib/analysis/interpret.ts).
import { comparableWords } from './compare';

/** The separators between a heading's parts: "Acme - Data Engineer", "Agora » Software Engineer". */
export const TITLE_SEPARATOR = /\s+[-–—|»]\s+/;
const SEPARATORS = new RegExp(TITLE_SEPARATOR.source, 'g');

const comparable = comparableWords;

/**
 * "Desenvolvedor Java - Sylision", "Acme | Data Engineer": a first or last segment that is the
 * company's own name says who hires, not what the job is.
 */
export function withoutCompany(title: string, company: string): string {
  const name = comparable(company);
  // "Acme GmbH: Data Engineer"
  const colon = title.indexOf(': ');
  if (name && colon > 0 && comparable(title.slice(0, colon)) === name) return title.slice(colon + 2).trim();
  const cuts = [...title.matchAll(SEPARATORS)];
  const first = cuts[0];
  const last = cuts[cuts.length - 1];
  if (!name || !first || !last) return title;
  if (comparable(title.slice(last.index + last[0].length)) === name) return title.slice(0, last.index).trim();
  if (comparable(title.slice(0, first.index)) === name)
    return title.slice(first.index + first[0].length).trim();
  return title;
}
