// JobPosting.baseSalary / estimatedSalary as sites really write it: MonetaryAmount with a
// QuantitativeValue, or the value inline, numbers as strings, odd unitText spellings, a legacy
// salaryCurrency beside it, arrays, or a bare number or sentence.
import { isObject, type JsonObject } from '../../model/json';
import type { Period, Salary, SalaryFlag } from '../../model/types';
import { readPageContext } from './context';
import { currencyMarkOf, familyDefault, ISO_CODES } from './currencies';
import { readNumber } from './numbers';
import { inferPeriod, plausibleFor } from './period';
import { findSalaries } from './text';
import { tokenize } from './tokens';

const MAX_EVIDENCE = 300;
const NO_HINTS = new Set<Period>();

/** A positive amount from a number or a numeric string ("90000", "90,000.00", "$90k"). */
function amountOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? v : null;
  if (typeof v !== 'string') return null;
  const tokens = tokenize(v.slice(0, 100));
  const at = tokens.findIndex((t) => t.kind === 'num');
  const num = tokens[at];
  if (!num) return null;
  const thousands = tokens[at + 1]?.lower === 'k' && !tokens[at + 1]?.spaced;
  const value = readNumber(num.text, thousands);
  return value !== null && value > 0 ? (thousands ? value * 1000 : value) : null;
}

/** "YEAR", "per year", "ANNUAL", "MONTHLY", "HOUR", UN/CEFACT "ANN"/"MON"/"HUR". */
export function periodOfUnit(unit: unknown): Period | null {
  if (typeof unit !== 'string') return null;
  let u = '';
  for (const ch of unit.toUpperCase()) if (ch >= 'A' && ch <= 'Z') u += ch;
  if (u.startsWith('PER')) u = u.slice(3);
  if (u.startsWith('HOUR') || u.startsWith('HR') || u === 'HUR' || u === 'H') return 'hour';
  if (u.startsWith('DAY') || u.startsWith('DAIL')) return 'day';
  if (u.startsWith('WEE') || u.startsWith('WK')) return 'week';
  if (u.startsWith('MON') || u === 'MO' || u === 'MTH') return 'month';
  if (u.startsWith('YEAR') || u.startsWith('YR') || u.startsWith('ANN') || u === 'A') return 'year';
  return null;
}

function currencyOf(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const upper = v.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(upper)) return upper;
  const token = tokenize(v.trim().slice(0, 10))[0];
  const mark = token ? currencyMarkOf(token) : null;
  return mark?.code ?? (mark?.family ? familyDefault(mark.family) : null);
}

interface Figures {
  min: number | null;
  max: number | null;
  unit: unknown;
  /** Some sites put the currency on the QuantitativeValue rather than the MonetaryAmount. */
  currency: unknown;
  flags: SalaryFlag[];
}

/** MonetaryAmountDistribution (estimatedSalary): the middle of the distribution. */
function distributionFigures(o: JsonObject): Figures | null {
  const low = amountOf(o.percentile25) ?? amountOf(o.percentile10);
  const high = amountOf(o.percentile75) ?? amountOf(o.percentile90);
  const median = amountOf(o.median);
  if (low === null && high === null && median === null) return null;
  const unit = o.unitText ?? o.unitCode;
  return { min: low ?? median, max: high ?? median, unit, currency: o.currency, flags: ['estimate'] };
}

// MonetaryAmount → QuantitativeValue is two levels; a hostile page may nest thousands.
const MAX_DEPTH = 4;

function figuresOf(o: JsonObject, value: unknown, depth = 0): Figures | null {
  const inner = Array.isArray(value) ? value[0] : value;
  if (isObject(inner)) {
    const nested = depth < MAX_DEPTH ? figuresOf(inner, inner.value, depth + 1) : null;
    return (
      nested && {
        ...nested,
        unit: nested.unit ?? o.unitText ?? o.unitCode,
        currency: o.currency ?? nested.currency,
      }
    );
  }
  const single = amountOf(inner);
  const min = amountOf(o.minValue) ?? single;
  const max = amountOf(o.maxValue) ?? single;
  if (min === null && max === null) return distributionFigures(o);
  return {
    min: min ?? max,
    max: max ?? min,
    unit: o.unitText ?? o.unitCode,
    currency: o.currency,
    flags: [],
  };
}

const PER: Record<Period, string> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
};

/** Structured data has no wording of its own; this is how the panel writes it ("CAD 120,000–150,000 a year"). */
function renderFigures(
  min: number | null,
  max: number | null,
  currency: string | null,
  period: Period,
): string {
  const n = (v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const figures =
    min !== null && max !== null && min !== max
      ? `${n(min)}–${n(max)}`
      : min === null && max !== null
        ? `up to ${n(max)}`
        : n((min ?? max) as number);
  return `${currency ? `${currency} ` : ''}${figures} ${PER[period]}`;
}

/** JSON.stringify throws on a value nested thousands deep; such a value has no evidence text. */
function written(v: unknown): string {
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '';
  }
}

function evidenceOf(v: unknown): string {
  const text = typeof v === 'string' ? v : written(v);
  return text.length > MAX_EVIDENCE ? `${text.slice(0, MAX_EVIDENCE)}…` : text;
}

function fromObject(o: JsonObject, legacyCurrency: string | undefined): Salary | null {
  const figures = figuresOf(o, o.value);
  if (!figures) return null;
  let { min, max } = figures;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const currency = currencyOf(figures.currency) ?? currencyOf(o.salaryCurrency) ?? currencyOf(legacyCurrency);
  const written = periodOfUnit(figures.unit);
  const period = written ?? inferPeriod(min, max, currency, NO_HINTS);
  if (!period || !plausibleFor(min, max, currency, period)) return null;
  const evidence = evidenceOf(o);
  const code = currency && (ISO_CODES.has(currency) || /^[A-Z]{3}$/.test(currency)) ? currency : null;
  return {
    min,
    max,
    currency: code,
    period,
    periodInferred: written === null,
    raw: renderFigures(min, max, code, period),
    source: 'jsonld',
    evidence,
    flags: figures.flags,
  };
}

function fromText(text: string, legacyCurrency: string | undefined): Salary | null {
  const amount = amountOf(text);
  if (amount !== null && /^[\s\d.,]+$/.test(text)) return fromObject({ value: amount }, legacyCurrency);
  // The field is a salary field, so its text is read as a labelled salary.
  const page = readPageContext(legacyCurrency ? `in ${legacyCurrency}` : '', null);
  const found = findSalaries(`Salary: ${text.slice(0, 2000)}`, { source: 'jsonld', page }, 1)[0]?.salary;
  return found ? { ...found, evidence: evidenceOf(text) } : null;
}

/** The salary in a JSON-LD baseSalary (or estimatedSalary) value, or null. */
export function salaryFromJsonLd(baseSalary: unknown, legacyCurrency?: string, depth = 0): Salary | null {
  if (Array.isArray(baseSalary)) {
    if (depth >= MAX_DEPTH) return null;
    for (const item of baseSalary.slice(0, 10)) {
      const s = salaryFromJsonLd(item, legacyCurrency, depth + 1);
      if (s) return s;
    }
    return null;
  }
  if (typeof baseSalary === 'number') return fromObject({ value: baseSalary }, legacyCurrency);
  if (typeof baseSalary === 'string') return fromText(baseSalary, legacyCurrency);
  return isObject(baseSalary) ? fromObject(baseSalary, legacyCurrency) : null;
}
