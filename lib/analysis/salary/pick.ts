// The headline salary of a posting from everything that reads as pay on it: structured data
// and labelled fields first, then base pay over total compensation, then the figure nearest
// to pay words, then the first one written.
import { SOURCES, type Salary, type Source } from '../../model/types';
import { readPageContext, type PageContext } from './context';
import { currencyMarkOf } from './currencies';
import { salaryFromJsonLd } from './base-salary';
import type { Finding } from './reading';
import { findSalaries, MAX_FINDINGS } from './text';
import { tokenize } from './tokens';
import { HEADER_TEXT } from '../../model/reading';
import { employmentTypeOf } from '../../model/work-words';

export interface SalaryCandidate {
  text: string;
  source: Source;
  /** A label such as "Salary"/"Compensation" when the text came from a label/value pair. */
  label?: string;
  /** What the page shows for it, where the value was put together from the page's data. */
  shown?: string;
}

export interface SalaryInput {
  /** JobPosting.baseSalary (or estimatedSalary) from JSON-LD, raw. */
  jsonld?: unknown;
  /** Legacy JobPosting.salaryCurrency. */
  jsonldCurrency?: string;
  /** Values of labelled salary fields, strongest first. */
  labelled: SalaryCandidate[];
  /** Visible text blocks of the posting body, in document order. */
  blocks: string[];
  /** All visible text of the posting, for period and currency hints. */
  context: string;
  /** ISO alpha-2 of the job's country if known. */
  countryHint?: string | null;
  /** The summary lines under the title (a board's chips: "💰 65k-95k USD", "🌎 Canada"). */
  header?: string[];
}

interface Ranked extends Finding {
  order: number;
  /** The body block it was read from (text findings only). */
  block?: number;
  /** The figures for each level or place this one stands for, as written (see unionOfLevels). */
  levels?: string[];
  /** Read from the summary lines under the title rather than from the posting's own text. */
  inHeader?: boolean;
}

const SOURCE_NAMES: Record<Source, string> = {
  adapter: 'the site’s salary field',
  jsonld: 'the JSON-LD baseSalary',
  microdata: 'the microdata baseSalary',
  meta: 'the page metadata',
  label: 'the labelled salary field',
  text: 'the page text',
};

/** A short block with no figures before a block that starts with money is its label. */
const MAX_LABEL_WORDS = 5;

function isLabel(block: string): boolean {
  if (block.length > 60 || /[0-9.!?]$/.test(block.trim())) return false;
  const words = tokenize(block).filter((t) => t.kind === 'word' || t.kind === 'num');
  return words.length > 0 && words.length <= MAX_LABEL_WORDS && words.every((t) => t.kind === 'word');
}

function startsWithMoney(block: string): boolean {
  const first = tokenize(block, 0, Math.min(block.length, 12))[0];
  return first !== undefined && (first.kind === 'num' || currencyMarkOf(first) !== null);
}

/** Blocks, with a label block joined to the value block after it ("Median wage" + "$50/hour"). */
function withLabels(blocks: string[]): string[] {
  return blocks.map((block, i) => {
    const prev = i > 0 ? blocks[i - 1] : undefined;
    return prev !== undefined && startsWithMoney(block) && isLabel(prev)
      ? `${labelText(prev)}: ${block}`
      : block;
  });
}

function labelText(label: string): string {
  const t = label.trim();
  return t.endsWith(':') || t.endsWith('：') ? t.slice(0, -1) : t;
}

function keyOf(s: Salary): string {
  return `${s.min}|${s.max}|${s.currency}|${s.period}`;
}

const rank = (s: Source): number => SOURCES.indexOf(s);
const isTotal = (f: Finding): boolean =>
  f.salary.flags.includes('total-comp') || f.salary.flags.includes('ote');

function compare(a: Ranked, b: Ranked): number {
  return (
    rank(a.salary.source) - rank(b.salary.source) ||
    Number(a.example) - Number(b.example) ||
    Number(isTotal(a)) - Number(isTotal(b)) ||
    Number(b.field) - Number(a.field) ||
    Number(b.base) - Number(a.base) ||
    b.pay - a.pay ||
    a.order - b.order
  );
}

const SHOWN_MAX = 80;

/** The figures a short text writes ("31.50 hourly / 40 hours per week" → 31.5, 40). */
const figuresIn = (text: string): number[] =>
  [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));

/** A value put together from the page's data ("CAD 31.5 per hour", from minValue and unitText)
 * keeps the page's own words for the same figures ("$31.50 hourly", or "31.50 hourly" beside a
 * dollar icon): the panel quotes the page, and finds it there. */
function asShown(found: Finding[], shown: string | undefined, page: PageContext): Finding[] {
  if (!shown) return found;
  const onPage = findSalaries(shown, { source: 'text', page });
  const written = shown.length <= SHOWN_MAX ? figuresIn(shown) : [];
  return found.map((f) => {
    const same = onPage.find((o) => o.salary.min === f.salary.min && o.salary.max === f.salary.max);
    const raw =
      same?.salary.raw ??
      (written.includes(f.salary.min ?? NaN) && written.includes(f.salary.max ?? NaN) ? shown : null);
    return raw ? { ...f, salary: { ...f.salary, raw, evidence: same?.salary.evidence ?? shown } } : f;
  });
}

function collect(input: SalaryInput, page: PageContext, fromJson: Salary | null): Ranked[] {
  const found: Finding[] = [];
  if (fromJson)
    found.push({ salary: fromJson, pay: 3, base: true, payWord: null, example: false, field: true });
  for (const c of input.labelled) {
    const text = c.label ? `${labelText(c.label)}: ${c.text}` : c.text;
    found.push(...asShown(findSalaries(text, { source: c.source, page }), c.shown, page));
  }
  const header = new Set(input.header ?? []);
  const inHeader = new Set<Finding>();
  const blockOf = new Map<Finding, number>();
  for (const [i, block] of withLabels(input.blocks).entries()) {
    if (found.length >= MAX_FINDINGS) break;
    const here = findSalaries(block, { source: 'text', page });
    if (header.has((input.blocks[i] ?? '').slice(0, HEADER_TEXT))) for (const f of here) inHeader.add(f);
    for (const f of here) blockOf.set(f, i);
    found.push(...here);
  }
  return found
    .slice(0, MAX_FINDINGS)
    .map((f, order) => ({ ...f, order, inHeader: inHeader.has(f), block: blockOf.get(f) }));
}

/** One entry per distinct figure, keeping the strongest source's; a currency-less JSON-LD
 * figure takes the currency the page writes beside the same numbers. */
function distinct(found: Ranked[]): Ranked[] {
  const sorted = [...found].sort(
    (a, b) => rank(a.salary.source) - rank(b.salary.source) || a.order - b.order,
  );
  const currencyOf = new Map<string, string>();
  for (const f of sorted) {
    const numbers = `${f.salary.min}|${f.salary.max}`;
    if (f.salary.currency && !currencyOf.has(numbers)) currencyOf.set(numbers, f.salary.currency);
  }
  const seen = new Map<string, Ranked>();
  for (const f of sorted) {
    const currency = f.salary.currency ?? currencyOf.get(`${f.salary.min}|${f.salary.max}`) ?? null;
    const salary = currency === f.salary.currency ? f.salary : { ...f.salary, currency };
    const key = keyOf(salary);
    const kept = seen.get(key);
    if (!kept) seen.set(key, { ...f, salary });
    // The same figure written again with a pay word ("… to £65k", later "Salary to £65k") is pay.
    else if (f.pay > kept.pay) seen.set(key, { ...kept, pay: f.pay, payWord: f.payWord });
  }
  return [...seen.values()];
}

function explain(best: Ranked, all: Ranked[], chosen: Ranked): string {
  const others = all.filter((f) => f !== chosen);
  const reasons: string[] = [];
  const source = best.salary.source;
  if (source !== 'text' && others.some((o) => rank(o.salary.source) > rank(source))) {
    reasons.push(
      `${SOURCE_NAMES[source]} is preferred over ${SOURCE_NAMES[others.at(-1)?.salary.source ?? 'text']}`,
    );
  }
  const total = others.find((o) => isTotal(o) && !isTotal(best));
  if (total) reasons.push(`base pay is preferred over total compensation or OTE (${total.salary.raw})`);
  if (others.some((o) => o.example) && !best.example) reasons.push('the others are examples');
  if (best.field && others.some((o) => !o.field)) reasons.push('it is a salary field, not prose');
  if (best.payWord && !others.every((o) => o.pay >= best.pay))
    reasons.push(`it is written with “${best.payWord}”`);
  if (reasons.length === 0) reasons.push('it is the first one written');
  if (best.levels)
    reasons.push(`pay per level or place, from the lowest to the highest: ${best.levels.join('; ')}`);
  return `${all.length} figures on the page; ${reasons.join('; ')}`;
}

/**
 * A board's summary chip and the posting's own words naming pay in two currencies: the posting's
 * salary wins. Aggregators convert or fill in their chips ("💰 USD 94350.0~122100.0" for a
 * posting that pays "$94,350–$122,100 CAD"; a placeholder "65k-95k USD" over "Salary to £65k").
 */
function ownWordsOverChip(best: Ranked, all: Ranked[]): Ranked {
  if (!best.inHeader || best.salary.source !== 'text' || !best.salary.currency) return best;
  const sameFigures = (f: Ranked): boolean =>
    f.salary.min === best.salary.min && f.salary.max === best.salary.max;
  const own = all
    .filter((f) => !f.inHeader && f.salary.source === 'text' && !f.example && !isTotal(f))
    .filter((f) => f.salary.currency && f.salary.currency !== best.salary.currency)
    .filter((f) => f.payWord || sameFigures(f))
    .sort(compare)[0];
  return own ?? best;
}

// Pay given per level or per place in one sentence or one list ("Pleno: R$ 8 mil a R$ 11 mil -
// Senior: R$ 12 mil a R$ 15 mil", "scale 10A (max. € 3.103) or scale 10 (max. € 4.481)", one
// line per role): the job pays across all of them, from the lowest to the highest.
const SIDE_PAY = new Set<Salary['flags'][number]>(['bonus', 'commission', 'equity', 'ote', 'total-comp']);

/** Another figure that is the same pay for another level or place: same currency, period and
 * kind, in the same block, or said as strongly in the list it runs in. */
function isSibling(best: Ranked, f: Ranked, all: Ranked[]): boolean {
  if (f === best) return false;
  // "Compensation: $150,000 – $190,000 (Tier 1 cities); $135,000 – $171,000 (Tier 2 cities)": one
  // labelled value holding the levels
  const oneLabel =
    f.salary.source === 'label' &&
    best.salary.source === 'label' &&
    f.salary.evidence === best.salary.evidence;
  if (!oneLabel && (f.block === undefined || best.block === undefined)) return false;
  if ((f.salary.source !== 'text' && !oneLabel) || f.example || f.inHeader !== best.inHeader) return false;
  // In one block, the pay word or label said once before the first level covers the rest ("Salary
  // by level — L3: $120k–$150k; L4: $150k–$190k"); across blocks each line says it as strongly.
  if (!oneLabel && f.block !== best.block && (f.pay < best.pay || f.field !== best.field)) return false;
  // levels of one job's pay are within a few times each other ("21 250 - 25 000 PLN monthly OR
  // 167 - 196 PLN hourly" is another way to be paid, its period misread or not)
  if (!sameMagnitude(best.salary, f.salary)) return false;
  if (f.salary.currency !== best.salary.currency || f.salary.period !== best.salary.period) return false;
  if (f.salary.flags.some((x) => SIDE_PAY.has(x))) return false;
  // "part-time: $600 - $800 … full-time: $1,200 - $1,600": the same job on other terms, not a level
  const terms = [best, f].map((g) => employmentTypeOf(leadOf(g.salary)));
  if (terms[0] !== terms[1]) return false;
  if (oneLabel || f.block === undefined || best.block === undefined) return oneLabel;
  const [from, to] = [Math.min(f.block, best.block), Math.max(f.block, best.block)];
  // a list of pay lines: every block between the two holds pay of the same kind
  for (let b = from; b <= to; b++)
    if (!all.some((g) => g.block === b && g.salary.currency === best.salary.currency)) return false;
  return true;
}

const LEVEL_SPREAD = 3;

function sameMagnitude(a: Salary, b: Salary): boolean {
  const [lo, hi] = [a.min ?? a.max ?? 0, b.min ?? b.max ?? 0];
  return lo > 0 && hi > 0 && Math.max(lo, hi) <= LEVEL_SPREAD * Math.min(lo, hi);
}

/** The words just before a figure in its sentence, where a row says what the figure is for. */
function leadOf({ raw, evidence }: Salary): string {
  const at = evidence.indexOf(raw);
  return at < 0 ? '' : evidence.slice(Math.max(0, at - LEAD), at);
}
const LEAD = 30;

const lowest = (xs: (number | null)[]): number | null =>
  xs.some((x) => x === null) ? null : Math.min(...(xs as number[]));

function unionOfLevels(best: Ranked, all: Ranked[]): Ranked {
  const ownWords = best.salary.source === 'text' || best.salary.source === 'label';
  if (!ownWords || best.example || best.salary.flags.some((x) => SIDE_PAY.has(x))) return best;
  const group = [best, ...all.filter((f) => isSibling(best, f, all))];
  if (group.length === 1) return best;
  const min = lowest(group.map((f) => f.salary.min));
  const max = Math.max(...group.map((f) => f.salary.max ?? f.salary.min ?? 0));
  // raw and evidence stay the chosen figure's own page text: the panel finds them on the page
  return { ...best, salary: { ...best.salary, min, max }, levels: group.map((f) => f.salary.raw) };
}

/** The headline salary of a posting (with `why` when there were several) and all figures found. */
export function pickSalary(input: SalaryInput): { salary: Salary | null; all: Salary[] } {
  const page = readPageContext(input.context, input.countryHint);
  const fromJson = input.jsonld === undefined ? null : salaryFromJsonLd(input.jsonld, input.jsonldCurrency);
  // The posting's own structured data saying "USD" settles a bare "$" in its text.
  if (fromJson?.currency) page.codes.free.add(fromJson.currency);
  const all = distinct(collect(input, page, fromJson));
  const first = [...all].sort(compare)[0];
  const chosen = first && ownWordsOverChip(first, all);
  const best = chosen && unionOfLevels(chosen, all);
  if (!best) return { salary: null, all: [] };
  if (all.length === 1) return { salary: best.salary, all: [best.salary] };
  const salary: Salary = { ...best.salary, why: explain(best, all, chosen) };
  return { salary, all: all.map((f) => (f === chosen ? salary : f.salary)) };
}
