import { describe, expect, it } from 'vitest';
import { parseSalaryText } from '../../../../lib/analysis/salary';
import type { SalaryFlag } from '../../../../lib/model/types';

describe('parseSalaryText: flags are noted, never added to the amount', () => {
  it.each([
    ['$140,000 USD OTE', 140000, ['ote']],
    ['OTE of £90,000', 90000, ['ote']],
    ['£40,000 - £50,000 DOE', 50000, ['doe']],
    ['$55 - $125 / hr depending on experience', 125, ['doe']],
    ['R$ 7.000 a R$ 12.000/mês, conforme experiência', 12000, ['doe']],
    ['up to $180k + equity', 180000, ['equity']],
    ['$136,000-$203,000 + bonus + equity + benefits', 203000, ['bonus', 'equity']],
    ['$60k base + commission', 60000, ['commission']],
    ['Total compensation: $200k-$250k', 250000, ['total-comp']],
    ['~$95,000', 95000, ['estimate']],
  ] as [string, number, SalaryFlag[]][])('%s', (text, max, flags) => {
    const [s] = parseSalaryText(text);
    expect(s?.max).toBe(max);
    expect(s?.flags).toEqual(flags);
  });
});

describe('parseSalaryText: a bare "$"', () => {
  it('is USD without other hints', () => {
    expect(parseSalaryText('$90,000 - $110,000')[0]?.currency).toBe('USD');
  });
  it('is CAD for a job in Canada', () => {
    expect(parseSalaryText('$90,000 - $110,000', { countryHint: 'CA' })[0]?.currency).toBe('CAD');
  });
  it('is AUD for a job in Australia', () => {
    expect(parseSalaryText('$130k', { countryHint: 'AU' })[0]?.currency).toBe('AUD');
  });
  it('follows a code written elsewhere on the page', () => {
    const context = 'Toronto team. All figures are in CAD. Salary $90,000 - $110,000.';
    expect(parseSalaryText('$90,000 - $110,000', { context })[0]?.currency).toBe('CAD');
  });
  it('follows a code written earlier in the same sentence', () => {
    const text = 'CAD $119,000 - $246,000, including a base salary of $100,000 - $160,000';
    expect(parseSalaryText(text).map((s) => s.currency)).toEqual(['CAD', 'CAD']);
  });
  it('stays USD when the page says USD even for a job in Canada', () => {
    const context = 'Remote in Canada. We pay in USD.';
    expect(parseSalaryText('$90k - $110k', { context, countryHint: 'CA' })[0]?.currency).toBe('USD');
  });
  it('is not moved by a code that belongs to another amount when the country is known', () => {
    const context = 'US roles: $150k. Canadian roles: CAD $140k.';
    expect(parseSalaryText('$150k', { context, countryHint: 'US' })[0]?.currency).toBe('USD');
  });
});

describe('parseSalaryText: other shared signs', () => {
  it.each([
    ['45 000 kr/mån', 'SE', 'SEK'],
    ['55 000 kr per måned', 'NO', 'NOK'],
    ['48 000 kr/md', 'DK', 'DKK'],
    ['¥25,000 per month', 'CN', 'CNY'],
    ['¥25,000 per month', 'JP', 'JPY'],
    ['¥25,000 per month (RMB)', null, 'CNY'],
    ['Rs 150,000 per month', 'PK', 'PKR'],
    ['Rs 150,000 per month', null, 'INR'],
    ['R35 000 per month', 'ZA', 'ZAR'],
  ] as const)('%s in %s is %s', (text, countryHint, currency) => {
    expect(parseSalaryText(text, { countryHint })[0]?.currency).toBe(currency);
  });

  it('does not read a lone "R" as money off South African pages', () => {
    expect(parseSalaryText('R 4.2 or Python 3.12 experience')).toEqual([]);
  });
});

describe('parseSalaryText: unwritten period', () => {
  it.each([
    ['$0.047k - $0.094k', 'A 12-month contract, 40 hours/ week.', 'hour'],
    ['£45,000–£55,000', '', 'year'],
    ['R$ 7.000 - R$ 9.000', 'Vaga CLT no Brasil', 'month'],
    ['$38 - $44', 'Hourly contract role', 'hour'],
    ['€4.200', 'Vollzeit in Berlin', 'month'],
    ['₹25,000', 'Internship in Pune', 'month'],
  ] as const)('%s with context %j is per %s', (text, context, period) => {
    const [s] = parseSalaryText(text, { context });
    expect(s?.period).toBe(period);
    expect(s?.periodInferred).toBe(true);
  });

  it('is not inferred when written', () => {
    expect(parseSalaryText('$40/hr')[0]?.periodInferred).toBe(false);
  });

  it('drops an amount no period makes plausible as pay', () => {
    expect(parseSalaryText('Salary: $1')).toEqual([]);
  });
});

describe('parseSalaryText: what it reports', () => {
  it('gives the raw text, the sentence as evidence and source text', () => {
    const text = 'About us. The base salary range is £50,000 to £60,000 per annum. Apply now!';
    expect(parseSalaryText(text)).toEqual([
      {
        min: 50000,
        max: 60000,
        currency: 'GBP',
        period: 'year',
        periodInferred: false,
        raw: '£50,000 to £60,000 per annum',
        source: 'text',
        evidence: 'The base salary range is £50,000 to £60,000 per annum.',
        flags: [],
      },
    ]);
  });

  it('finds every range in a string, in order', () => {
    const text = 'Level 2: $120k-$140k; Level 3: $150k-$175k; Level 4: $180k-$210k';
    expect(parseSalaryText(text).map((s) => [s.min, s.max])).toEqual([
      [120000, 140000],
      [150000, 175000],
      [180000, 210000],
    ]);
  });

  it('reads a currency-less range only next to a pay word', () => {
    expect(parseSalaryText('Salary range: 45,000 - 55,000 per year')[0]).toMatchObject({
      min: 45000,
      max: 55000,
      currency: null,
      period: 'year',
    });
    expect(parseSalaryText('Team of 45,000 - 55,000 engineers')).toEqual([]);
  });
});
