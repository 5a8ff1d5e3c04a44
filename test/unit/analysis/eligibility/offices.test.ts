import { describe, expect, it } from 'vitest';
import type { Workplace } from '../../../../lib/model/types';
import { read, rules } from './helpers';

// An office or hybrid job's office gives its country, said in any of the boards' languages; a
// gazetteer town counts only where the page says where the job is.

describe('the office of an on-site or hybrid job', () => {
  it.each<[string, Workplace, string[]]>([
    ['Ons kantoor staat in het Science Park van Amsterdam.', 'unknown', ['NL']],
    ['We would like you to be 2 days a week at our Leuven office.', 'hybrid', ['BE']],
    ['Du arbeitest in unserem Büro in Köln-Rodenkirchen.', 'onsite', ['DE']],
    ['O escritório fica em Campinas, com dois dias presenciais.', 'hybrid', ['BR']],
    ['Our office is in Nijmegen, close to the station.', 'onsite', ['NL']],
    // the employer's call to hire names where the job is
    [
      'The Radboud University Medical Center, Nijmegen (The Netherlands), is seeking a PhD student.',
      'unknown',
      ['NL'],
    ],
    ['Wir suchen ab sofort in Leipzig eine Entwicklerin.', 'unknown', ['DE']],
    ['Ein spannendes Arbeitsumfeld bei der Open Knowledge Foundation in Berlin.', 'unknown', ['DE']],
  ])('%s (%s)', (text, workplace, countries) => {
    expect(rules(read({ blocks: [text], workplace }))).toMatchObject({ kind: 'countries', countries });
  });

  it.each<[string, string[]]>([
    ['Ort: Berlin', ['DE']],
    ['Standort: Leuven', ['BE']],
    ['Localização: Campinas', ['BR']],
    ['Lieu : Nantes', ['FR']],
  ])('the label %s', (text, countries) => {
    expect(rules(read({ blocks: [text] }))).toMatchObject({ kind: 'countries', countries });
  });

  it.each<[string, string[]]>([
    ['Hanoi (Remote working)', ['VN']],
    ['Leuven, Belgium', ['BE']],
  ])('the location field %s', (locationText, countries) => {
    expect(rules(read({ locationText }))).toMatchObject({ kind: 'countries', countries });
  });
});

describe('a province named beside an office, without a rule word, is where the office is', () => {
  it.each<[string, Workplace, string[]]>([
    ['Híbrido: 3 dias no escritório e 2 remoto (São Paulo).', 'hybrid', ['BR']],
    ['Hybrid role: two days a week in our Ontario office, the rest remote.', 'hybrid', ['CA']],
    ['Modelo híbrido, 1x por semana na sede em Minas Gerais.', 'hybrid', ['BR']],
  ])('%s (%s): the country, no province', (text, workplace, countries) => {
    expect(rules(read({ blocks: [text], workplace }))).toMatchObject({
      kind: 'countries',
      countries,
      include: {},
    });
  });

  it.each<[string, Workplace, Record<string, string[]>]>([
    ['Hybrid, but you must live in Ontario to reach the office.', 'hybrid', { CA: ['CA-ON'] }],
    ['Remote, open only to residents of Ontario; the office is in Toronto.', 'remote', { CA: ['CA-ON'] }],
  ])('%s (%s): a rule word keeps the province', (text, workplace, include) => {
    expect(rules(read({ blocks: [text], workplace })).include).toEqual(include);
  });
});

describe('towns where the page does not say where the job is', () => {
  it.each<[string, Workplace]>([
    // "Mobile" is a town in Alabama, "Campinas" one in Brazil: neither is a rule in prose
    ['Mobile developers must be located in Canada.', 'remote'],
    ['Our customers in Campinas and Leuven love the product; you must be located in Canada.', 'remote'],
  ])('%s', (text, workplace) => {
    expect(rules(read({ blocks: [text], workplace }))).toMatchObject({
      kind: 'countries',
      countries: ['CA'],
    });
  });

  it('a remote job names its office without making it a rule', () => {
    expect(
      read({ blocks: ['Our office is in Leuven, but the team is fully distributed.'], workplace: 'remote' })
        .kind,
    ).toBe('unknown');
  });
});

describe("a hire under one country's labour law", () => {
  it.each<[string, string | null, string[]]>([
    ['Nossa contratação é CLT - 40h semanais, 100% remota.', 'Remote (anywhere on the globe)', ['BR']],
    ['Atuará em regime de contratação PJ.', null, ['BR']],
    ['This is a W-2 position; no C2C.', 'Remote', ['US']],
  ])('%s', (text, locationText, countries) => {
    expect(rules(read({ blocks: [text], locationText, workplace: 'remote' }))).toMatchObject({
      kind: 'countries',
      countries,
    });
  });

  it.each(['Experience with PJ Masks merchandise.', 'Our W2 form guide'])('%s is no regime', (text) => {
    expect(read({ blocks: [text] }).kind).toBe('unknown');
  });
});
