import type { Block } from '../blocks';
import type { Field } from '../../model/types';
import { splitMarker } from '../../text/markers';
import type { FieldName, Found } from '../../model/fields';
import { employmentTypeOf, workplaceOf } from '../../model/work-words';

// Label words as boards write them in English, per field, matched against the whole label text.
// Labels in other languages are read by the background, from the body (lib/analysis/label-lines.ts):
// the content script's size budget has no room for them.
const LABELS: [FieldName, RegExp][] = [
  ['title', /^(?:job title|position title|position|job)$/i],
  [
    'company',
    /^(?:company|company name|employer|organi[sz]ation|hiring (?:company|organi[sz]ation)|recruiter)$/i,
  ],
  [
    'locationText',
    /^(?:locations?|job location|work location|office location|based in|job region|place of work)$/i,
  ],
  [
    'salaryText',
    /^(?:salary|salary range|pay|pay range|base pay|base salary|compensation|remuneration|rate|hourly rate|wage|wages|estimated salary|salary\/rate)$/i,
  ],
  [
    'employmentType',
    /^(?:job ?type|employment type|type of (?:job|employment|position|contract|work)|contract type|type of contract|commitment|schedule|position type|job type & duration|hours|contract|contrat|type|job category)$/i,
  ],
  [
    'workplace',
    /^(?:workplace|workplace type|work arrangement|work type|location type|remote|remote work|work model|work style|work mode|on-?site\/remote)$/i,
  ],
  [
    'experience',
    /^(?:experience|min(?:imum)? experience|years of experience|experience level|required experience)$/i,
  ],
  ['datePosted', /^(?:posted|date posted|posted on|published|publication date|posting date)$/i],
  ['validThrough', /^(?:closing date|deadline|apply by|application deadline|expires|expiry date|closes)$/i],
];

const MAX_LABEL = 40;

function fieldForLabel(text: string): FieldName | undefined {
  const label = text.replace(/\s*[:：]\s*$/, '').trim();
  if (!label || label.length > MAX_LABEL) return undefined;
  return LABELS.find(([, re]) => re.test(label))?.[0];
}

function inlinePair(text: string): { field: FieldName; value: string } | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > MAX_LABEL) return undefined;
  const field = fieldForLabel(text.slice(0, colon));
  const value = text.slice(colon + 1).trim();
  return field && value && value.length <= 300 ? { field, value } : undefined;
}

/** A label's value: the rest of its own block ("Salary: …"), else the next block. */
function valueAfter(blocks: Block[], i: number): string | undefined {
  const next = blocks[i + 1];
  if (!next || next.text.length > 300) return undefined;
  // "Location" / "remote" / "JobType": a label-like word is a value when a label follows it.
  const after = blocks[i + 2];
  if (fieldForLabel(next.text) && !(after && fieldForLabel(after.text))) return undefined;
  return next.text;
}

/** Label/value pairs ("Salary" / "$0.047k - $0.094k", dt/dd, th/td, "Location: Remote"). */
export function fieldsFromLabels(blocks: Block[]): Found {
  const out: Found = {};
  const take = (field: FieldName, value: string, evidence: string): void => {
    const clean = splitMarker(value).text.trim();
    // "Status: Open" is not an employment type; keep looking for a label that names one.
    if (field === 'employmentType' && !employmentTypeOf(clean)) return;
    if (field === 'workplace' && !workplaceOf(clean)) return;
    if (!out[field] && clean)
      out[field] = { value: clean, source: 'label', evidence } satisfies Field<string>;
  };
  blocks.forEach((block, i) => {
    const field = fieldForLabel(block.text);
    if (field) {
      const value = valueAfter(blocks, i);
      if (value) take(field, value, `${block.text.replace(/\s*:\s*$/, '')}: ${value}`);
      return;
    }
    const pair = inlinePair(block.text);
    if (pair) take(pair.field, pair.value, block.text);
  });
  return out;
}

export { fieldForLabel, inlinePair };
