import { collectBlocks, type Block } from '../blocks';
import { cleanText } from '../../text/repair';
import { linksToWeb } from '../../text/web-url';
import type { Field } from '../../model/types';
import { FIELD_NAMES, type FieldName, type Found, type Structured } from '../../model/fields';
import { fieldsFromJobPosting, findJobPostings, structuredFromJobPosting, withoutBody } from './from-jsonld';
import { fieldsFromText } from './heuristics';
import { companyValue, isNameLike } from '../../text/company-name';
import { employmentTypeOf, workplaceOf } from '../../model/work-words';
import { fieldsFromLabels } from './labels';
import { employerFromSiteName, weakFieldsFromMeta } from './meta';
import { findMicrodataPostings } from './microdata';
import type { JsonObject } from '../../model/json';
import type { SeveralPostings } from '../../model/reading';
import { postingMatchesPage } from './page-match';
import { oneOfSeveralPostings, type ChoosePosting } from './sections';

export interface Extraction {
  fields: Found;
  structured: Structured;
  /** Visible text blocks of the page, for the salary and eligibility engines. */
  blocks: Block[];
  /** Why a source was set aside, if one was. */
  distrusted: string[];
  /** Which posting was read and which were not, when the page holds several. */
  several: SeveralPostings | null;
}

function cleanCompany(f: Field<string>): Field<string> | undefined {
  const value = companyValue(f.value);
  if (!value) return undefined;
  if ((f.source === 'label' || f.source === 'text') && !isNameLike(value)) return undefined;
  return { ...f, value };
}

const ACCEPT: Partial<Record<FieldName, (f: Field<string>) => Field<string> | undefined>> = {
  company: cleanCompany,
  // A value that names no known type ("Health Care" under "Job Category") lets a weaker source speak.
  employmentType: (f) => (employmentTypeOf(f.value) ? f : undefined),
  workplace: (f) => (workplaceOf(f.value) ? f : undefined),
  title: (f) => (f.value.length <= 300 ? f : undefined),
  // A script link is no way to apply: a weaker source (the page's own Apply link) may speak.
  applyUrl: (f) => (linksToWeb(f.value) ? f : undefined),
};

/** First acceptable value per field, strongest source first. */
export function mergeFound(layers: Found[]): Found {
  const out: Found = {};
  for (const name of FIELD_NAMES) {
    for (const layer of layers) {
      const raw = layer[name];
      const hit = raw && (ACCEPT[name] ? ACCEPT[name](raw) : raw);
      if (hit) {
        out[name] = hit;
        break;
      }
    }
  }
  return out;
}

function pickPosting(
  doc: Document,
  blocks: Block[],
  docTitle: string,
  distrusted: string[],
): JsonObject | undefined {
  const postings = findJobPostings(doc);
  if (postings.length !== 1) return undefined;
  const [posting] = postings as [JsonObject];
  const headings = blocks.filter((b) => /^h[1-3]$/.test(b.tag)).map((b) => b.text);
  if (postingMatchesPage(posting, headings, docTitle)) return posting;
  distrusted.push('jsonld: its title is not on the page (stale after navigation?)');
  return undefined;
}

/** Read every field of the posting in `doc`, merged per field with provenance; on a page of
 * several, of the one `choose` names, else the first. */
export function extract(doc: Document, adapterFields: Found = {}, choose?: ChoosePosting): Extraction {
  const root = doc.body ?? doc.documentElement;
  const page = collectBlocks(root);
  const several = oneOfSeveralPostings(page, choose);
  const blocks = several?.blocks ?? page;
  const docTitle = cleanText(doc.querySelector('title')?.textContent ?? '');
  const distrusted: string[] = [];
  const posting = pickPosting(doc, blocks, docTitle, distrusted);
  const micro = findMicrodataPostings(doc)[0];
  const layers: Found[] = [
    adapterFields,
    posting ? fieldsFromJobPosting(posting) : {},
    micro ? fieldsFromJobPosting(micro, 'microdata') : {},
    fieldsFromLabels(blocks),
    employerFromSiteName(doc),
    fieldsFromText(blocks, docTitle, several?.heading),
    weakFieldsFromMeta(doc),
  ];
  const stated = posting ?? micro;
  const structured: Structured = {
    ...(stated ? structuredFromJobPosting(stated) : {}),
    ...(posting ? { jsonld: withoutBody(posting) } : {}),
    ...(micro ? { microdata: withoutBody(micro) } : {}),
  };
  return { fields: mergeFound(layers), structured, blocks, distrusted, several: several?.names ?? null };
}

export type { FieldName, Found, Structured };
