import type { Block } from '../blocks';
import type { Field } from '../../model/types';
import { splitMarker } from '../../text/markers';
import type { FieldName, Found } from '../../model/fields';
import { employmentTypeOf, workplaceOf } from '../../model/work-words';

// Label words as boards write them, per field, in the languages postings come in: English first,
// then German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian/Bulgarian, Japanese,
// Chinese. Matched against the whole label text.
const LABEL_WORDS: [FieldName, string[]][] = [
  [
    'title',
    [
      'job title|position title|position|job',
      'stelle|stellenbezeichnung|jobtitel',
      'poste|intitulé du poste',
      'puesto|cargo|vaga|título',
      'titolo|posizione',
      'functie|vacature',
      'stanowisko',
      'должность|позиция',
      '職種|职位',
    ],
  ],
  [
    'company',
    [
      'company|company name|employer|organi[sz]ation|hiring (?:company|organi[sz]ation)|recruiter',
      'unternehmen|firma|arbeitgeber',
      'entreprise|employeur|société',
      'empresa|empleador|empregador',
      'azienda|datore di lavoro',
      'bedrijf|werkgever|organisatie',
      'pracodawca',
      'компания|работодател[ь]?',
      '会社名|企業名|公司',
    ],
  ],
  [
    'locationText',
    [
      'locations?|job location|work location|office location|based in|job region|place of work',
      'ort|arbeitsort|standort|einsatzort|dienstort|dienstsitz',
      'lieu|lieu de travail|localisation',
      'ubicaci[oó]n|localizaci[oó]n|lugar de trabajo',
      'local|localiza[cç][aã]o|local de trabalho',
      'sede|sede di lavoro|luogo di lavoro',
      'locatie|standplaats|werklocatie|plaats',
      'lokalizacja|miejsce pracy',
      'местоположение|место работы|месторабота|локация',
      '勤務地|工作地点|工作地點',
    ],
  ],
  [
    'salaryText',
    [
      'salary|salary range|pay|pay range|base pay|base salary|compensation|remuneration|rate|hourly rate|wage|wages|estimated salary|salary/rate',
      'gehalt|vergütung|verg[uü]tung|entgelt|bezahlung',
      'salaire|rémunération',
      'salario|sueldo|remuneraci[oó]n|sal[aá]rio|remunera[cç][aã]o',
      'retribuzione|stipendio|ral',
      'salaris|beloning',
      'wynagrodzenie',
      'зарплата|заработная плата|заплата',
      '給与|給料|年収|月給|薪资|薪酬|薪水',
    ],
  ],
  [
    'employmentType',
    [
      'job ?type|employment type|type of (?:job|employment|position|contract|work)|contract type|commitment|schedule|position type|job type & duration|hours|contract|contrat|type|job category',
      'anstellungsart|beschäftigungsart|vertragsart|arbeitszeit|anstellung|befristung',
      'type de contrat|type d.emploi|temps de travail',
      'tipo de contrato|tipo de empleo|jornada|tipo de vaga|regime',
      'tipo di contratto|orario',
      'dienstverband|contractvorm|type dienstverband',
      'rodzaj umowy|wymiar pracy',
      'тип занятости|занятость|вид заетост',
      '雇用形態|工作性质|工作类型',
    ],
  ],
  [
    'workplace',
    [
      'workplace|workplace type|work arrangement|work type|location type|remote|remote work|work model|work style|work mode|on-?site/remote',
      'arbeitsmodell|arbeitsweise|homeoffice',
      'mode de travail|télétravail',
      'modalidad|modalidade|modelo de trabalho',
      'modalità di lavoro',
      'werkvorm',
      'tryb pracy',
      'формат работы',
      '勤務形態|工作方式',
    ],
  ],
  [
    'experience',
    [
      'experience|min(?:imum)? experience|years of experience|experience level|required experience',
      'berufserfahrung|erfahrung',
      'expérience',
      'experiencia|experiência',
      'esperienza',
      'ervaring',
      'doświadczenie',
      'опыт',
      '経験|经验',
    ],
  ],
  ['datePosted', ['posted|date posted|posted on|published|publication date|posting date', 'veröffentlicht']],
  [
    'validThrough',
    [
      'closing date|deadline|apply by|application deadline|expires|expiry date|closes',
      'bewerbungsfrist|bewerbungsschluss',
      'date limite',
      'fecha l[ií]mite|prazo',
      'scadenza',
      'sluitingsdatum',
    ],
  ],
];

const LABELS: [FieldName, RegExp][] = LABEL_WORDS.map(([field, words]) => [
  field,
  new RegExp(`^(?:${words.join('|')})$`, 'iu'),
]);

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
