import type { Block } from '../blocks';
import type { Field } from '../../model/types';
import { splitMarker } from '../../text/markers';
import { inlineLabel, labelIn, labelPairAt } from '../../text/label-pairs';
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
    /^(?:job ?type|employment type|type of (?:job|employment|position|contract|work)|contract type|type of contract|commitment|schedule|position type|job type & duration|hours|contract|contrat|type|time type|job category)$/i,
  ],
  [
    'workplace',
    /^(?:workplace|workplace type|work arrangement|work type|location type|remote|remote work|work model|work style|work mode|remote type|on-?site\/remote)$/i,
  ],
  [
    'experience',
    /^(?:experience|min(?:imum)? experience|years of experience|experience level|required experience)$/i,
  ],
  ['datePosted', /^(?:posted|date posted|posted on|published|publication date|posting date)$/i],
  ['validThrough', /^(?:closing date|deadline|apply by|application deadline|expires|expiry date|closes)$/i],
];

function fieldForLabel(text: string): FieldName | undefined {
  return labelIn(LABELS, text);
}

function inlinePair(text: string): { field: FieldName; value: string } | undefined {
  return inlineLabel(text, fieldForLabel) ?? undefined;
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
  const texts = blocks.map((b) => b.text);
  texts.forEach((_, i) => {
    const pair = labelPairAt(texts, i, fieldForLabel);
    if (pair) take(pair.field, pair.value, pair.evidence);
  });
  return out;
}

export { fieldForLabel, inlinePair };
