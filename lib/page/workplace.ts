import type { Block } from './blocks';
import type { Found, Structured } from '../model/fields';
import {
  employmentChip,
  employmentInText,
  employmentTypeOf,
  workplaceChip,
  workplaceInText,
  workplaceOf,
} from './work-words';
import type { SiteAdapter } from './sites';
import type { Resolved } from '../model/reading';
import type { EmploymentType, Field, Workplace } from '../model/types';

export interface ResolveInput {
  fields: Found;
  /** The posting body (description lines or the main region). */
  body: Block[];
  /** The blocks right under the posting's heading, where boards put chips. */
  header: Block[];
  structured: Structured;
  adapter?: SiteAdapter;
}

function fromFields<T>(fields: (Field<string> | undefined)[], read: (t: string) => T | null): Resolved<T> {
  for (const field of fields) {
    const value = field && read(field.value);
    if (field && value) return { value, source: field.source, evidence: field.evidence };
  }
  return null;
}

function fromText<T>(hit: { value: T; evidence: string } | null): Resolved<T> {
  return hit && { ...hit, source: 'text' };
}

/** A board that lists only remote jobs says so for every posting on it. */
function siteWorkplace(adapter: SiteAdapter | undefined): Resolved<Workplace> {
  return adapter?.workplace
    ? { value: adapter.workplace, source: 'adapter', evidence: `${adapter.name} lists remote jobs only` }
    : null;
}

/** A value the text layer read off a heading's tag ("[Remoto]"): the body's own words come first. */
function split(field: Field<string> | undefined): { stated?: Field<string>; tag?: Field<string> } {
  return field?.source === 'text' ? { tag: field } : { stated: field };
}

export function resolveWorkplace(input: ResolveInput): Resolved<Workplace> {
  const f = input.fields;
  const { stated, tag } = split(f.workplace);
  return (
    fromFields([stated, f.locationText, f.title], workplaceOf) ??
    fromText(workplaceChip(input.header)) ??
    fromText(workplaceInText(input.body)) ??
    fromFields([tag], workplaceOf) ??
    siteWorkplace(input.adapter)
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

export function resolveEmployment(input: ResolveInput): Resolved<EmploymentType> {
  const f = input.fields;
  const { stated, tag } = split(f.employmentType);
  return (
    refinedByTitle(fromFields([stated], employmentTypeOf), f.title) ??
    fromFields([f.title], employmentTypeOf) ??
    fromText(employmentChip(input.header)) ??
    fromText(employmentInText(input.body)) ??
    fromFields([tag], employmentTypeOf)
  );
}

/** The few blocks under the posting's heading. */
export function headerBlocks(blocks: Block[], title: string | undefined): Block[] {
  let at = blocks.findIndex((b) => b.tag === 'h1');
  if (at < 0 && title) at = blocks.findIndex((b) => b.text === title);
  return at < 0 ? [] : blocks.slice(at + 1, at + 16);
}
