// Words that give a number its meaning. All lower case; matched against whole tokens.
import type { Period } from '../../model/types';
import { invert, table, wordSet } from './lists';

export interface Scale {
  factor: number;
  /** The currency a scale word implies when none is written: "lakh", "crore", "LPA" are Indian
   * (INR), "triệu" Vietnamese (VND). */
  currency?: string;
  /** "LPA" also says the period (lakh per annum). */
  period?: Period;
  /** "B", "bn": no salary is written in billions; the amount is funding or revenue. */
  tooBig?: boolean;
}

const THOUSAND: Scale = { factor: 1e3 };
// Japanese and Chinese count in ten thousands: "600万円" is 6 000 000 yen.
const TEN_THOUSAND: Scale = { factor: 1e4 };
const MILLION: Scale = { factor: 1e6 };
const BILLION: Scale = { factor: 1e9, tooBig: true };
const LAKH: Scale = { factor: 1e5, currency: 'INR' };
const CRORE: Scale = { factor: 1e7, currency: 'INR' };
// "30 triệu", "30tr": millions of dong
const TRIEU: Scale = { factor: 1e6, currency: 'VND' };
// Korean counts in ten thousands and hundred millions, the won written with them: "5,000만원",
// "1억 2천만원" (the first part read).
const MAN: Scale = { factor: 1e4 };
const MAN_WON: Scale = { factor: 1e4, currency: 'KRW' };
const EOK: Scale = { factor: 1e8 };
const EOK_WON: Scale = { factor: 1e8, currency: 'KRW' };
const LAKH_PER_ANNUM: Scale = { ...LAKH, period: 'year' };

function scales(groups: [Scale, string][]): Record<string, Scale> {
  const out = table<Scale>();
  for (const [scale, words] of groups) for (const w of wordSet(words)) out[w] = scale;
  return out;
}

/** Suffixes written straight after the digits ("120k", "₹12L", "$5M", "10bn"). */
export const ATTACHED_SCALES = scales([
  [THOUSAND, 'k mil tys'],
  [TEN_THOUSAND, '万 萬'],
  [MILLION, 'm mm mn mio'],
  [BILLION, 'b bn'],
  [LAKH, 'l'],
  [CRORE, 'cr'],
  [LAKH_PER_ANNUM, 'lpa'],
  [TRIEU, 'tr triệu'],
  [MAN, '만'],
  [MAN_WON, '만원'],
  [EOK, '억'],
  [EOK_WON, '억원'],
]);

/** Scale words that may stand apart from the digits ("12 lakh", "R$ 10 mil", "40 thousand"). */
export const SPACED_SCALES = scales([
  [THOUSAND, 'k thousand mil tys mille'],
  [MILLION, 'million millions mio mn'],
  [BILLION, 'billion billions bn trillion trillions tn'],
  [LAKH, 'lakh lakhs lac lacs'],
  [CRORE, 'crore crores cr'],
  [LAKH_PER_ANNUM, 'lpa'],
  [TRIEU, 'triệu'],
]);

/** Unit words after "/" or "per" (abbreviations allowed there). */
export const UNIT_WORDS = invert<Period>({
  hour: 'hour hr hrs h hora heure std stunde uur timme tim t godz ora giờ 時 时',
  day: 'day d dia día jour tag dag diem ngày 日',
  week: 'week wk w semana semaine woche 週 周',
  month: 'month mo mth mon m mês mes mois monat maand mån månad måned md mies mese tháng 月',
  year: 'year yr y annum anum a an ano año jahr jaar år rok anno năm 年',
});

/** Words that say the period on their own, right after the amount ("$40 hourly", "£36k pa").
 * Adjectives among them also work before it ("Hourly rate: $26"). */
export const PERIOD_ADJECTIVES = invert<Period>({
  hour: 'hourly hour ph',
  day: 'daily day pd',
  week: 'weekly week pw',
  month: 'monthly month pcm mensal mensais mensual mensuales mensuel mensuelle monatlich mensile miesięcznie',
  year: 'yearly annually annual year pa lpa ral anual anuais anuales annuel annuelle annuels jährlich annuo annui rocznie',
});

/** Words joining an amount to a unit ("per hour", "a year", "por mês", "pro Jahr"). */
export const UNIT_CONNECTORS = wordSet('per a an each every por par pro al ao am im à la em au');

/** Connectors that only take full English unit words ("a year", never "a m"). */
export const ARTICLE_CONNECTORS = wordSet('a an');

/** Words allowed between an amount and its unit ("£45,000 gross per annum"). */
export const UNIT_FILLERS = wordSet('gross brutto brut bruts bruto brutos net netto base salary pre tax');

/** Range words between two amounts. */
export const RANGE_WORDS = wordSet('to a à bis até hasta au tot do til till through thru upto');
export const RANGE_DASHES = wordSet('- – — ~ − ‒ ― ～ 〜');

/** "between … and …" in a few languages: the "and" only joins a range after one of these. */
export const BETWEEN_WORDS = wordSet('between entre zwischen tussen tra fra mellan między');
export const AND_WORDS = wordSet('and e y und et en och og i &');

/** Bound words read backwards from the amount: the last word of the phrase. */
export const UPPER_BOUNDS = wordSet('upto max maximum até ate hasta jusqu bis');
export const LOWER_BOUNDS = wordSet('from min minimum starting least partir ab desde vanaf od over');

export const APPROXIMATELY = wordSet('~ ≈ approx approximately around about circa ca roughly est estimated');

/** Nouns that, straight after a bare number, make it a count of something. */
export const COUNT_NOUNS = wordSet(`
  hours hrs years yrs months weeks days people employees users customers countries offices
  engineers members positions roles projects minutes`);
