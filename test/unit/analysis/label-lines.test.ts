import { describe, expect, it } from 'vitest';
import { withLabelLines } from '../../../lib/analysis/label-lines';
import type { Found } from '../../../lib/model/fields';

const read = (body: string[], found: Found = {}) =>
  Object.fromEntries(Object.entries(withLabelLines(found, body)).map(([k, f]) => [k, f?.value]));

describe('label lines in the languages the content script does not carry', () => {
  it.each<[string[], Record<string, string>]>([
    [['Ort: Berlin'], { locationText: 'Berlin' }],
    [['Arbeitsort', 'Köln Rodenkirchen'], { locationText: 'Köln Rodenkirchen' }],
    [['Gehalt: 4.000 € brutto im Monat'], { salaryText: '4.000 € brutto im Monat' }],
    [['Tipo de contrato: Tiempo completo, temporary'], { employmentType: 'Tiempo completo, temporary' }],
    [['Modalidade: Híbrido'], { workplace: 'Híbrido' }],
    [['勤務地：東京'], { locationText: '東京' }],
    [['勤務形態：ハイブリッド（週 3 出社推奨）'], { workplace: 'ハイブリッド（週 3 出社推奨）' }],
    [['Lieu : Nantes', 'Entreprise : Zelio SAS'], { locationText: 'Nantes', company: 'Zelio SAS' }],
  ])('%j', (body, want) => {
    expect(read(body)).toEqual(want);
  });

  it.each<[string[]]>([
    // a label heading a paragraph, or a value of the wrong kind, is no field
    [['Empresa', 'Atuar num grande banco, por uma consultoria internacional.']],
    [['Anstellungsart: nach Vereinbarung']],
    [['Ort', 'Gehalt']],
    [['Wir suchen Verstärkung in Berlin: jetzt bewerben']],
  ])('%j → nothing', (body) => {
    expect(read(body)).toEqual({});
  });

  it('never overrides what the content script read', () => {
    const found: Found = { locationText: { value: 'Remote', source: 'label', evidence: 'Location: Remote' } };
    expect(read(['Ort: Berlin'], found)).toEqual({ locationText: 'Remote' });
  });
});
