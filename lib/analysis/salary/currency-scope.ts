// Which currency an amount is in. A code beside the amount wins; a shared sign ("$", "kr")
// is settled by the nearest code the page writes, then the job's country, then the default.
import type { CodeMentions, PageContext } from './context';
import {
  currencyMarkOf,
  currencyOfCountry,
  dollarPhraseAt,
  familyCodeForCountry,
  familyDefault,
  familyHas,
  type CurrencyMark,
  type Family,
} from './currencies';
import type { MoneyExpr } from './expressions';
import type { Token } from './tokens';

export interface CurrencyScope {
  /** Codes written earlier in the same sentence, nearest last. */
  before: string[];
  /** Codes written on their own later in the sentence. */
  afterFree: string[];
  /** Codes anywhere in the text being parsed (one block or label), read on demand. */
  text: () => CodeMentions;
  page: PageContext;
}

/** The one code of `mentions` that fits, or null when there are none or several. */
function onlyOne(fits: (code: string) => boolean, ...mentions: Iterable<string>[]): string | null {
  let found: string | null = null;
  for (const codes of mentions) {
    for (const code of codes) {
      if (!fits(code)) continue;
      if (found !== null && found !== code) return null;
      found = code;
    }
  }
  return found;
}

function nearestBefore(before: string[], fits: (code: string) => boolean): string | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const code = before[i] as string;
    if (fits(code)) return code;
  }
  return null;
}

function mentioned(scope: CurrencyScope, fits: (code: string) => boolean): string | null {
  return (
    nearestBefore(scope.before, fits) ??
    scope.afterFree.find(fits) ??
    onlyOne(fits, scope.text().free, scope.text().attached) ??
    onlyOne(fits, scope.page.codes.free)
  );
}

function resolveFamily(family: Family, scope: CurrencyScope): string | null {
  const fits = (code: string): boolean => familyHas(family, code);
  const { page } = scope;
  const fallback = family === 'rand' ? (page.southAfrican ? 'ZAR' : null) : familyDefault(family);
  return (
    mentioned(scope, fits) ??
    familyCodeForCountry(family, page.countryHint) ??
    onlyOne(fits, page.codes.attached) ??
    fallback
  );
}

const anyCode = (): boolean => true;

/**
 * The ISO code of an amount written with `marks`. `undefined` means the marks do not make it
 * money after all (a lone "R" on a page that is not South African); null means no currency
 * is written anywhere.
 */
export function resolveCurrency(
  marks: CurrencyMark[],
  scope: CurrencyScope,
  implied: string | null,
): string | null | undefined {
  const iso = marks.find((m) => m.iso && m.code);
  const definite = iso ?? marks.find((m) => m.code);
  if (definite?.code) return definite.code;
  const family = marks.find((m) => m.family)?.family;
  if (family) return resolveFamily(family, scope) ?? undefined;
  if (implied) return implied;
  return (
    mentioned(scope, anyCode) ??
    onlyOne(anyCode, scope.page.codes.attached) ??
    currencyOfCountry(scope.page.countryHint)
  );
}

export interface CodeAt {
  at: number;
  code: string;
  free: boolean;
}

/** Codes written in a sentence: those of its amounts, and free-standing ones ("in CAD"). */
export function codesIn(tokens: Token[], exprs: MoneyExpr[]): CodeAt[] {
  const out: CodeAt[] = [];
  let e = 0;
  for (let i = 0; i < tokens.length; i++) {
    const expr = exprs[e];
    if (expr && i >= expr.first) {
      for (const m of expr.marks) if (m.code) out.push({ at: expr.first, code: m.code, free: false });
      i = expr.last;
      e++;
      continue;
    }
    const mark = currencyMarkOf(tokens[i] as Token);
    const code = dollarPhraseAt(tokens, i) ?? (mark?.iso ? mark.code : null);
    if (code) out.push({ at: i, code, free: true });
  }
  return out;
}

export function scopeFor(
  e: MoneyExpr,
  codes: CodeAt[],
  text: () => CodeMentions,
  page: PageContext,
): CurrencyScope {
  return {
    before: codes.filter((c) => c.at < e.first).map((c) => c.code),
    afterFree: codes.filter((c) => c.free && c.at > e.last).map((c) => c.code),
    text,
    page,
  };
}
