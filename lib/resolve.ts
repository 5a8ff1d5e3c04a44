import type { Block } from './dom/blocks';
import type { Found, Structured } from './extract/fields';
import {
  employmentChip,
  employmentInText,
  employmentTypeOf,
  workplaceChip,
  workplaceInText,
  workplaceOf,
} from './normalize';
import type { SiteAdapter } from './sites';
import type { EmploymentType, Field, Workplace } from './types';

export type Resolved<T> = { value: T; source: Field<string>['source']; evidence: string } | null;

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

export function resolveWorkplace(input: ResolveInput): Resolved<Workplace> {
  const f = input.fields;
  return (
    fromFields([f.workplace, f.locationText, f.title], workplaceOf) ??
    fromText(workplaceChip(input.header)) ??
    fromText(workplaceInText(input.body)) ??
    siteWorkplace(input.adapter)
  );
}

export function resolveEmployment(input: ResolveInput): Resolved<EmploymentType> {
  const f = input.fields;
  return (
    fromFields([f.employmentType, f.title], employmentTypeOf) ??
    fromText(employmentChip(input.header)) ??
    fromText(employmentInText(input.body))
  );
}

/** The few blocks under the posting's heading. */
export function headerBlocks(blocks: Block[], title: string | undefined): Block[] {
  let at = blocks.findIndex((b) => b.tag === 'h1');
  if (at < 0 && title) at = blocks.findIndex((b) => b.text === title);
  return at < 0 ? [] : blocks.slice(at + 1, at + 16);
}
