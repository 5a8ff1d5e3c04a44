import type { Found } from '../model/fields';
import type { PageReading } from '../model/reading';
import type { EmploymentType, Field, Workplace } from '../model/types';
import { employmentTypeOf, statedWorkplace } from '../model/work-words';
import {
  employmentChip,
  employmentInText,
  workplaceChip,
  workplaceInText,
  type TextHit,
} from './work-sentences';

// The job's workplace and employment type, each from the strongest place the page states it: a
// labelled or structured value, the location line and the title, the chips under the heading, the
// body's sentences, a tag in the heading, and last the board itself ("remote jobs only").

/** A value chosen among the page's sources, with where it came from and the page text behind it. */
export type Resolved<T> = { value: T; source: Field<string>['source']; evidence: string } | null;

function fromFields<T>(fields: (Field<string> | undefined)[], read: (t: string) => T | null): Resolved<T> {
  for (const field of fields) {
    const value = field && read(field.value);
    if (field && value) return { value, source: field.source, evidence: field.evidence };
  }
  return null;
}

function fromText<T>(hit: TextHit<T>): Resolved<T> {
  return hit && { ...hit, source: 'text' };
}

/** A board that lists only remote jobs says so for every posting on it. */
function boardWorkplace(board: string | null): Resolved<Workplace> {
  return board ? { value: 'remote', source: 'adapter', evidence: `${board} lists remote jobs only` } : null;
}

/** A value the text layer read off a heading's tag ("[Remoto]"): the body's own words come first. */
function split(field: Field<string> | undefined): { stated?: Field<string>; tag?: Field<string> } {
  return field?.source === 'text' ? { tag: field } : { stated: field };
}

type WorkInput = Pick<PageReading, 'header' | 'body' | 'remoteBoard'> & { fields: Found };

export function resolveWorkplace(r: WorkInput): Resolved<Workplace> {
  const f = r.fields;
  const { stated, tag } = split(f.workplace);
  return (
    fromFields([stated, f.locationText, f.title], statedWorkplace) ??
    fromText(workplaceChip(r.header)) ??
    fromText(workplaceInText(r.body)) ??
    fromFields([tag], statedWorkplace) ??
    boardWorkplace(r.remoteBoard)
  );
}

// An internship is a fixed-term engagement: "Public Affairs Intern" on a "Fixed term contract" is an
// internship, the more specific of the two.
const REFINED_BY_INTERNSHIP = new Set<EmploymentType>(['contract', 'temporary']);

function refinedByTitle(
  type: Resolved<EmploymentType>,
  title: Field<string> | undefined,
): Resolved<EmploymentType> {
  if (!title || !type || !REFINED_BY_INTERNSHIP.has(type.value)) return type;
  return employmentTypeOf(title.value) === 'internship'
    ? { value: 'internship', source: title.source, evidence: title.evidence }
    : type;
}

export function resolveEmployment(r: WorkInput): Resolved<EmploymentType> {
  const f = r.fields;
  const { stated, tag } = split(f.employmentType);
  return (
    refinedByTitle(fromFields([stated], employmentTypeOf), f.title) ??
    fromFields([f.title], employmentTypeOf) ??
    fromText(employmentChip(r.header)) ??
    fromText(employmentInText(r.body)) ??
    fromFields([tag], employmentTypeOf)
  );
}
