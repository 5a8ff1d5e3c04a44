// Words around an amount that say whether it is pay. The decision comes from what the
// words mean (a stipend, a budget, funding, a statistic…), never from whole page strings.
import type { Period, SalaryFlag } from '../../model/types';
import type { Token } from './tokens';
import { invert, table, wordSet } from './lists';
import { PERIOD_ADJECTIVES } from './vocabulary';

export type Cue =
  | { kind: 'pay'; strength: number; base: boolean }
  | { kind: 'trap'; what: string }
  /** Bonus, equity, commission: extra pay when joined with "+"/"plus", else the amount itself. */
  | { kind: 'extra'; flag: SalaryFlag | null; joined: boolean }
  | { kind: 'flag'; flag: SalaryFlag }
  | { kind: 'period'; period: Period }
  /** "including a base salary of …" after an amount: that amount is total compensation. */
  | { kind: 'includes'; ofBase: boolean }
  | { kind: 'example' };

export interface PlacedCue {
  cue: Cue;
  /** Token index of the cue's first word. */
  at: number;
  /** Token index of its last word. */
  last: number;
}

const STRONG_PAY = `salary salaries salario salário salarial sueldo gehalt salaire rémunération remuneration
  remuneração retribuzione stipendio lohn vergütung wage wages compensation ctc ral pay paid`;
const WEAK_PAY = 'earn earning rate rates range income package comp remunerado gross brutto brut bruto';

/** Pay words by strength ("base" is strongest and handled on its own). */
const PAY: Record<string, number> = table({
  ...Object.fromEntries([...wordSet(STRONG_PAY)].map((w) => [w, 2])),
  ...Object.fromEntries([...wordSet(WEAK_PAY)].map((w) => [w, 1])),
});

/** Words that make a nearby amount something other than pay, by what it is instead. */
const TRAPS = invert({
  funding: `raised raise raising funding funded fund funds valuation valued worth series seed round
    investment investments invested investor investors backed capital ipo acquired acquisition`,
  business: `revenue revenues arr mrr gmv turnover profit profits ebitda transactions volume spend
    spending budget budgets cost costs price prices pricing fee fees savings saved save saves
    donation donations donated prize prizes award awards loan loans debt assets aum quota quotas
    pipeline deal deals acv tcv bookings portfolio subscription subscriptions membership memberships`,
  benefit: `stipend stipends allowance allowances reimbursement reimbursements reimbursed reimburse
    relocation relo moving signing referral referrals learning training education educational
    conference conferences books tuition wellness wellbeing gym fitness coworking equipment setup
    hardware laptop internet phone meal meals lunch lunches food commuter commute transit transport
    transportation travel childcare dental optical vision glasses lenses insurance health healthcare
    medical pension retirement 401k match matching matched contribution contributions hsa fsa gift
    gifts voucher vouchers credit credits perk subsidy subsidised subsidized holiday vacation cover
    covered coverage deductible expense expenses grant grants charity`,
  premium: 'differential differentials premium premiums overtime tip tips shift night weekend',
  statistic: 'median average avg mean',
});

/** Extra pay on top of the amount when joined to it ("+ bonus"), else the amount itself. */
const EXTRAS: Record<string, SalaryFlag | null> = table({
  ...invert<SalaryFlag>({
    bonus: 'bonus bonuses incentive incentives',
    equity: 'equity stock stocks rsu rsus options shares',
    commission: 'commission commissions',
  }),
  benefits: null,
  perks: null,
});
const JOINERS = wordSet('+ plus and & with w mais más');

const FLAGS = invert<SalaryFlag>({
  ote: 'ote',
  doe: 'doe negotiable negociável negociable commensurate',
  'total-comp': 'tc ttc',
  estimate: 'estimated est',
});

/** Period words that only count right after an amount: before it, "12-month contract" or
 * "pa" says nothing about the pay. */
const BARE_UNITS = wordSet('hour day week month year pa ph pw pd pcm lpa');

const flagCue = (flag: SalaryFlag): Cue => ({ kind: 'flag', flag });
const trapCue = (what: string): Cue => ({ kind: 'trap', what });

interface Phrase {
  words: Set<string>[];
  cue: Cue;
  /** How many of the words the cue covers; the rest stay cues of their own. */
  takes: number;
}

/** "a b / c / d e": a or b, then c, then d or e. */
function phrase(pattern: string, cue: Cue, takes?: number): Phrase {
  const words = pattern.split('/').map(wordSet);
  return { words, cue, takes: takes ?? words.length };
}

/** Multi-word cues, checked before single words. */
const PHRASES: Phrase[] = [
  phrase('total / comp compensation cash rewards package target', flagCue('total-comp')),
  phrase('on / target', flagCue('ote')),
  phrase('target / earnings', flagCue('ote')),
  phrase('depending dependent based / on / experience', flagCue('doe')),
  phrase('conforme según selon / experiência experiencia expérience profil perfil', flagCue('doe')),
  phrase('minimum / wage wages', trapCue('statistic')),
  phrase('per / diem', trapCue('benefit')),
  phrase('sign / on', trapCue('benefit')),
  phrase('home / office', trapCue('benefit')),
  // "Life insurance - 1x salary up to $350,000": a benefit counted in salaries is not the salary.
  phrase('x times / salary salaries', trapCue('benefit')),
  phrase('x times / annual base yearly / salary salaries', trapCue('benefit')),
  phrase('for / example', { kind: 'example' }),
  // "Day rate: £450" says the period; "rate" is still a pay word of its own.
  phrase('day / rate rates', { kind: 'period', period: 'day' }, 1),
  phrase('hour / rate rates', { kind: 'period', period: 'hour' }, 1),
  // "The budget for this role is $X" is the salary, not a budget perk.
  phrase('budget / for / this the', { kind: 'pay', strength: 1, base: false }, 1),
];

/** Token indices of up to `n` words from i, read across hyphens ("on-target", "sign-on"). */
function wordsFrom(tokens: Token[], i: number, n: number): number[] {
  const at: number[] = [];
  let k = i;
  while (at.length < n && tokens[k]?.kind === 'word') {
    at.push(k);
    k += tokens[k + 1]?.text === '-' && tokens[k + 2]?.kind === 'word' ? 2 : 1;
  }
  return at;
}

function phraseAt(tokens: Token[], i: number): PlacedCue | null {
  const at = wordsFrom(tokens, i, 3);
  for (const { words, cue, takes } of PHRASES) {
    const matches = words.every((alternatives, j) => {
      const k = at[j];
      return k !== undefined && alternatives.has((tokens[k] as Token).lower);
    });
    if (matches) return { cue, at: i, last: at[takes - 1] as number };
  }
  return null;
}

function wordAt(tokens: Token[], i: number): string {
  return tokens[i]?.kind === 'word' ? (tokens[i] as Token).lower : '';
}

/** "median salary", "average wage": a pay word turned into a statistic. */
function isStatistic(tokens: Token[], i: number): boolean {
  return TRAPS[wordAt(tokens, i - 1)] === 'statistic' || TRAPS[wordAt(tokens, i - 2)] === 'statistic';
}

/** "+ bonus", "plus equity", "and a 10% annual bonus", "+ 0.1-0.3% equity". */
function isJoined(tokens: Token[], i: number): boolean {
  let words = 0;
  for (let k = i - 1; k >= 0 && words < 3; k--) {
    const t = tokens[k] as Token;
    if (JOINERS.has(t.lower)) return true;
    if (t.kind === 'sym') return false;
    // A percentage is part of the phrase; any other number is an amount of its own.
    if (t.kind === 'num' && tokens[k + 1]?.text !== '%' && tokens[k + 1]?.text !== '-') return false;
    if (t.kind === 'word') words++;
  }
  return false;
}

function baseFollows(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    const w = wordAt(tokens, k);
    if (w === 'base' || w === 'salary') return true;
  }
  return false;
}

// Chinese, Japanese and Korean are written without spaces, so a run of them is one token
// ("の移住祝い金"): their cue words are looked for inside it.
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const CJK_CUES: [Set<string>, Cue][] = [
  [
    wordSet('年収 月給 年俸 給与 給料 時給 日給 薪资 薪水 月薪 年薪 工资 报酬 연봉 월급 급여'),
    { kind: 'pay', strength: 2, base: false },
  ],
  [wordSet('賞与 ボーナス 奖金 年终奖 상여'), { kind: 'extra', flag: 'bonus', joined: false }],
  [
    wordSet('祝い金 手当 補助 支援金 交通費 住宅 补贴 津贴 报销 수당 지원금'),
    { kind: 'trap', what: 'benefit' },
  ],
  [wordSet('資金 調達 売上 融资 营收 估值 투자'), { kind: 'trap', what: 'funding' }],
];

function cjkCue(w: string): Cue | null {
  if (!CJK.test(w)) return null;
  return CJK_CUES.find(([words]) => [...words].some((c) => w.includes(c)))?.[1] ?? null;
}

function wordCue(tokens: Token[], i: number): Cue | null {
  const w = wordAt(tokens, i);
  const cjk = cjkCue(w);
  if (cjk) return cjk;
  if (w === 'base') return { kind: 'pay', strength: 3, base: true };
  const pay = PAY[w];
  if (pay !== undefined) {
    return isStatistic(tokens, i)
      ? { kind: 'trap', what: 'statistic' }
      : { kind: 'pay', strength: pay, base: false };
  }
  if (w in EXTRAS) return { kind: 'extra', flag: EXTRAS[w] ?? null, joined: isJoined(tokens, i) };
  const flag = FLAGS[w];
  if (flag) return { kind: 'flag', flag };
  const trap = TRAPS[w];
  if (trap) return { kind: 'trap', what: trap };
  if (['including', 'includes', 'inclusive', 'incl'].includes(w))
    return { kind: 'includes', ofBase: baseFollows(tokens, i) };
  const period = PERIOD_ADJECTIVES[w];
  if (period && !BARE_UNITS.has(w)) return { kind: 'period', period };
  if (w === 'example' || w === 'instance') return { kind: 'example' };
  return null;
}

/** Every cue in a sentence's tokens, skipping tokens that belong to amounts. */
export function findCues(tokens: Token[], inAmount: (i: number) => boolean): PlacedCue[] {
  const cues: PlacedCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inAmount(i) || tokens[i]?.kind !== 'word') continue;
    const phrase = phraseAt(tokens, i);
    if (phrase) {
      cues.push(phrase);
      i = phrase.last;
      continue;
    }
    const cue = wordCue(tokens, i);
    if (cue) cues.push({ cue, at: i, last: i });
  }
  return cues;
}
