import { describe, expect, it } from 'vitest';
import { parseSalaryText } from '../../../../lib/analysis/salary';
import type { Period } from '../../../../lib/model/types';

type Row = [text: string, min: number | null, max: number | null, currency: string | null, period: Period];

/** One salary per string; the whole reading is checked, not just that something was found. */
function only(text: string, hints?: Parameters<typeof parseSalaryText>[1]) {
  const found = parseSalaryText(text, hints);
  expect(found, `salaries in ${JSON.stringify(text)}`).toHaveLength(1);
  const [s] = found;
  return { min: s?.min, max: s?.max, currency: s?.currency, period: s?.period };
}

const RANGES: Row[] = [
  ['$120,000 - $150,000', 120000, 150000, 'USD', 'year'],
  ['£45,000 – £55,000', 45000, 55000, 'GBP', 'year'],
  ['$95,000—$110,000 per year', 95000, 110000, 'USD', 'year'],
  ['USD $185,500~$240,000', 185500, 240000, 'USD', 'year'],
  ['Competitive salary of £62,000 to £71,000', 62000, 71000, 'GBP', 'year'],
  ['Pay is between $31 and $36 per hour', 31, 36, 'USD', 'hour'],
  ['R$ 6.500 a R$ 9.800/mês', 6500, 9800, 'BRL', 'month'],
  ['entre R$ 5.000 e R$ 8.000 por mês', 5000, 8000, 'BRL', 'month'],
  // Vietnamese: the dong as written (VNĐ), "tháng" a month, "năm" a year
  ['3.000.000 - 5.000.000 VNĐ/tháng', 3000000, 5000000, 'VND', 'month'],
  ['1000 - 2000 USD/tháng', 1000, 2000, 'USD', 'month'],
  ['300.000.000 VNĐ/năm', 300000000, 300000000, 'VND', 'year'],
  ['Gehalt: 58.000 bis 66.000 € brutto pro Jahr', 58000, 66000, 'EUR', 'year'],
  ['Salaire : 48 000 à 56 000 € par an', 48000, 56000, 'EUR', 'year'],
  ['18$ - 24$ per hour', 18, 24, 'USD', 'hour'],
  ['from $70,000 to $85,000 a year', 70000, 85000, 'USD', 'year'],
  ['$55 - $70 / hr', 55, 70, 'USD', 'hour'],
  ['$41/hour - $47/hour', 41, 47, 'USD', 'hour'],
  ['$71,750 - $71,750 a year', 71750, 71750, 'USD', 'year'],
  // a pay-range widget's two ends with nothing between them once flattened to text
  ['$94,350$122,100 CAD', 94350, 122100, 'CAD', 'year'],
  ['€52.000€64.000 pro Jahr', 52000, 64000, 'EUR', 'year'],
];

const CURRENCY_FORMS: Row[] = [
  ['$142,000 USD', 142000, 142000, 'USD', 'year'],
  ['CAD $118,400~$167,000', 118400, 167000, 'CAD', 'year'],
  ['CA$105K–CA$132K', 105000, 132000, 'CAD', 'year'],
  ['C$88,000 - C$97,000', 88000, 97000, 'CAD', 'year'],
  ['CAD$92.000,00', 92000, 92000, 'CAD', 'year'],
  ['A$150k - A$170k', 150000, 170000, 'AUD', 'year'],
  ['AU$128,000–AU$141,000', 128000, 141000, 'AUD', 'year'],
  ['NZ$95k', 95000, 95000, 'NZD', 'year'],
  ['S$6,500 - S$8,200 per month', 6500, 8200, 'SGD', 'month'],
  ['HK$38,000 - HK$46,000 per month', 38000, 46000, 'HKD', 'month'],
  ['US$4,000 - US$5,500 monthly', 4000, 5500, 'USD', 'month'],
  ['70k€', 70000, 70000, 'EUR', 'year'],
  ['52-60 K€', 52000, 60000, 'EUR', 'year'],
  ['EUR 64,000 - 72,000', 64000, 72000, 'EUR', 'year'],
  ['61.000 € - 68.000 €', 61000, 68000, 'EUR', 'year'],
  ['€ 1.850 netto per maand', 1850, 1850, 'EUR', 'month'],
  ["CHF 118'000 - 132'000", 118000, 132000, 'CHF', 'year'],
  ['GBP 420 - 480 per day', 420, 480, 'GBP', 'day'],
  ['₹ 14 LPA', 1400000, 1400000, 'INR', 'year'],
  ['upto ₹16 LPA', null, 1600000, 'INR', 'year'],
  ['₹18,00,000 - ₹26,00,000', 1800000, 2600000, 'INR', 'year'],
  ['Rs. 45,000/- per month', 45000, 45000, 'INR', 'month'],
  ['INR 9L - 13L per annum', 900000, 1300000, 'INR', 'year'],
  ['CTC 22-28 lakhs', 2200000, 2800000, 'INR', 'year'],
  ['₹1.2 crore', 12000000, 12000000, 'INR', 'year'],
  // Japanese and Chinese count in ten thousands (万)
  ['年収 600万円〜900万円', 6000000, 9000000, 'JPY', 'year'],
  ['月給 30万円～45万円', 300000, 450000, 'JPY', 'month'],
  ['年薪 30万-50万元', 300000, 500000, 'CNY', 'year'],
  // Vietnamese millions, and dong quoted per month
  ['Lương: 30 - 40 triệu', 30000000, 40000000, 'VND', 'month'],
  // Korean ten thousands (만) and hundred millions (억), with the won written as a word
  ['연봉 5,000만원 ~ 7,000만원', 50000000, 70000000, 'KRW', 'year'],
  ['연봉: 60,000,000원 ~ 80,000,000원', 60000000, 80000000, 'KRW', 'year'],
  // the first end written without the thousands the second carries
  ['Salary: 55-65.000 € per year', 55000, 65000, 'EUR', 'year'],
  ['Salary range: 65 - 80 000 EUR', 65000, 80000, 'EUR', 'year'],
  ['Salary: 25tr - 35tr gross', 25000000, 35000000, 'VND', 'month'],
  ['Salary: up to 70M VND gross', null, 70000000, 'VND', 'month'],
  ['R$ 12 mil', 12000, 12000, 'BRL', 'month'],
  ['MXN 38,000 mensuales', 38000, 38000, 'MXN', 'month'],
  ['45 000 kr/mån', 45000, 45000, 'SEK', 'month'],
  ['9 000 - 13 500 zł brutto', 9000, 13500, 'PLN', 'month'],
  ['16 000 - 21 000 PLN netto (B2B)', 16000, 21000, 'PLN', 'month'],
  ['¥7,500,000 - ¥9,000,000', 7500000, 9000000, 'JPY', 'year'],
  ['¥320,000/月', 320000, 320000, 'JPY', 'month'],
  ['₩65,000,000', 65000000, 65000000, 'KRW', 'year'],
  ['₱45,000 - ₱60,000 per month', 45000, 60000, 'PHP', 'month'],
  ['Rp 12.000.000 - Rp 18.000.000', 12000000, 18000000, 'IDR', 'month'],
  ['AED 22,000 per month', 22000, 22000, 'AED', 'month'],
  ['KES 180,000 monthly', 180000, 180000, 'KES', 'month'],
  ['70,000 US dollars a year', 70000, 70000, 'USD', 'year'],
];

const SCALES_AND_NUMBERS: Row[] = [
  ['$0.047k - $0.094k', 47, 94, 'USD', 'hour'],
  ['$0.055k/hr', 55, 55, 'USD', 'hour'],
  ['$120-150k', 120000, 150000, 'USD', 'year'],
  ['€60k–75k', 60000, 75000, 'EUR', 'year'],
  ['$90 - 130k', 90000, 130000, 'USD', 'year'],
  ['₩60M', 60000000, 60000000, 'KRW', 'year'],
  ['¥8M', 8000000, 8000000, 'JPY', 'year'],
  ['$140k-$165k USD', 140000, 165000, 'USD', 'year'],
  ['£38.5k', 38500, 38500, 'GBP', 'year'],
  ['$27.50 an hour', 27.5, 27.5, 'USD', 'hour'],
  ['€ 17,89 per uur', 17.89, 17.89, 'EUR', 'hour'],
  ['$ 48.25 HOUR', 48.25, 48.25, 'USD', 'hour'],
  ['£52\u00a0000 per annum', 52000, 52000, 'GBP', 'year'],
  ['45\u202f000 € par an', 45000, 45000, 'EUR', 'year'],
  ['120-150k USD', 120000, 150000, 'USD', 'year'],
];

const UNITS: Row[] = [
  ['$62/hr', 62, 62, 'USD', 'hour'],
  ['$35 per hour', 35, 35, 'USD', 'hour'],
  ['$19 an hour', 19, 19, 'USD', 'hour'],
  ['$44 hourly', 44, 44, 'USD', 'hour'],
  ['£22ph', 22, 22, 'GBP', 'hour'],
  ['£600/day', 600, 600, 'GBP', 'day'],
  ['£525 day rate', 525, 525, 'GBP', 'day'],
  ['Day rate: £450-£500', 450, 500, 'GBP', 'day'],
  ['$2,300/week', 2300, 2300, 'USD', 'week'],
  ['$7,500/mo', 7500, 7500, 'USD', 'month'],
  ['$6,200 per month', 6200, 6200, 'USD', 'month'],
  ['£2,400 pcm', 2400, 2400, 'GBP', 'month'],
  ['£48,000 per annum', 48000, 48000, 'GBP', 'year'],
  ['£41,000 p.a.', 41000, 41000, 'GBP', 'year'],
  ['£36k pa', 36000, 36000, 'GBP', 'year'],
  ['$135k/yr', 135000, 135000, 'USD', 'year'],
  ['$128,000 annually', 128000, 128000, 'USD', 'year'],
  ['$99,000 a year', 99000, 99000, 'USD', 'year'],
  ['Hourly rate: $26.40', 26.4, 26.4, 'USD', 'hour'],
  ['Annual salary of $64,000', 64000, 64000, 'USD', 'year'],
  ['€3.900 brutto/Monat', 3900, 3900, 'EUR', 'month'],
  ['60.000 € brutos anuales', 60000, 60000, 'EUR', 'year'],
];

const BOUNDS: Row[] = [
  ['Salary to £65k', null, 65000, 'GBP', 'year'],
  ['Remote / Worksop to £65k', null, 65000, 'GBP', 'year'],
  ['up to $180k + equity', null, 180000, 'USD', 'year'],
  ['Up to £65,000', null, 65000, 'GBP', 'year'],
  ['~upto ₹ 12 LPA', null, 1200000, 'INR', 'year'],
  ['até R$ 10.000 por mês', null, 10000, 'BRL', 'month'],
  ['bis zu 80.000 € pro Jahr', null, 80000, 'EUR', 'year'],
  ['scale 10 (max. € 4.481 per month)', null, 4481, 'EUR', 'month'],
  ['min. 3.000 € brutto/Monat', 3000, null, 'EUR', 'month'],
  ['from $80,000', 80000, null, 'USD', 'year'],
  ['starting at $21/hour', 21, null, 'USD', 'hour'],
  ['$150k+', 150000, null, 'USD', 'year'],
];

describe('parseSalaryText: ranges and separators', () => {
  it.each(RANGES)('%s', (text, min, max, currency, period) => {
    expect(only(text)).toEqual({ min, max, currency, period });
  });
});

describe('parseSalaryText: currency before, after, as sign or code', () => {
  it.each(CURRENCY_FORMS)('%s', (text, min, max, currency, period) => {
    expect(only(text)).toEqual({ min, max, currency, period });
  });
});

describe('parseSalaryText: scales and number formats', () => {
  it.each(SCALES_AND_NUMBERS)('%s', (text, min, max, currency, period) => {
    expect(only(text)).toEqual({ min, max, currency, period });
  });
});

describe('parseSalaryText: units', () => {
  it.each(UNITS)('%s', (text, min, max, currency, period) => {
    expect(only(text)).toEqual({ min, max, currency, period });
  });
});

describe('parseSalaryText: bounds', () => {
  it.each(BOUNDS)('%s', (text, min, max, currency, period) => {
    expect(only(text)).toEqual({ min, max, currency, period });
  });
});
