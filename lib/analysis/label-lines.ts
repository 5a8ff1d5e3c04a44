import type { Found } from '../model/fields';
import type { Field } from '../model/types';
import { employmentTypeOf, statedWorkplace } from '../model/work-words';
import { labelIn, labelPairAt } from '../text/label-pairs';

// Label lines of the body in the languages postings come in beyond English ("Ort: Berlin",
// "Gehalt: 4.000 €", "Tipo de contrato / Indefinido", "勤務地：東京"): the background reads them
// for the fields the content script, which carries only English labels, left empty.
// German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian/Bulgarian, Japanese, Chinese.

type LabelledField = 'company' | 'locationText' | 'salaryText' | 'employmentType' | 'workplace';

const LABEL_WORDS: [LabelledField, string][] = [
  [
    'company',
    'unternehmen|firma|arbeitgeber|entreprise|employeur|société|empresa|empleador|empregador|azienda|datore di lavoro|bedrijf|werkgever|pracodawca|компания|работодател|会社名|企業名|公司',
  ],
  [
    'locationText',
    'ort|arbeitsort|standort|einsatzort|dienstort|dienstsitz|lieu|lieu de travail|localisation|ubicaci[oó]n|localizaci[oó]n|lugar de trabajo|local|localiza[cç][aã]o|local de trabalho|sede|sede di lavoro|luogo di lavoro|locatie|standplaats|werklocatie|plaats|lokalizacja|miejsce pracy|местоположение|место работы|месторабота|локация|勤務地|工作地点|工作地點',
  ],
  [
    'salaryText',
    'gehalt|verg[üu]tung|entgelt|bezahlung|salaire|rémunération|salario|sueldo|remuneraci[oó]n|sal[aá]rio|remunera[cç][aã]o|retribuzione|stipendio|ral|salaris|beloning|wynagrodzenie|зарплата|заработная плата|заплата|給与|給料|年収|月給|薪资|薪酬|薪水',
  ],
  [
    'employmentType',
    'anstellungsart|beschäftigungsart|vertragsart|arbeitszeit|anstellung|befristung|type de contrat|type d.emploi|temps de travail|tipo de contrato|tipo de empleo|jornada|tipo de vaga|regime|tipo di contratto|orario|dienstverband|contractvorm|rodzaj umowy|wymiar pracy|тип занятости|занятость|вид заетост|雇用形態|工作性质|工作类型',
  ],
  [
    'workplace',
    'arbeitsmodell|arbeitsweise|homeoffice|mode de travail|télétravail|modalidad|modalidade|modelo de trabalho|modalità di lavoro|werkvorm|tryb pracy|формат работы|勤務形態|工作方式',
  ],
];

const LABELS: [LabelledField, RegExp][] = LABEL_WORDS.map(([field, words]) => [
  field,
  new RegExp(`^(?:${words})$`, 'iu'),
]);

/** The value fits its field: "Status: Open" is no employment type; "Empresa" heading a paragraph
 * ("Atuar num grande banco, por uma consultoria.") names no employer. */
const FITS: Partial<Record<LabelledField, (v: string) => boolean>> = {
  company: (v) => v.length <= 60 && !/[.!?]$/.test(v),
  employmentType: (v) => !!employmentTypeOf(v),
  workplace: (v) => !!statedWorkplace(v),
};

const fieldOf = (label: string): LabelledField | undefined => labelIn(LABELS, label);

/** The fields of `found` that are empty, filled from the body's label lines; the rest as they were. */
export function withLabelLines(found: Found, body: readonly string[]): Found {
  const out: Found = { ...found };
  for (let i = 0; i < body.length; i++) {
    const pair = labelPairAt(body, i, fieldOf);
    if (!pair || out[pair.field] || !(FITS[pair.field]?.(pair.value) ?? true)) continue;
    out[pair.field] = { value: pair.value, source: 'label', evidence: pair.evidence } satisfies Field<string>;
  }
  return out;
}
