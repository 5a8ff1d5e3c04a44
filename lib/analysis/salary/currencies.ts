// What a currency sign, code or word next to a number means. Signs shared by several
// currencies ("$", "kr", "¥", "Rs") are a family, settled later from the page (see resolve.ts).
import { invert, pairs, table, wordSet } from './lists';
import type { Token } from './tokens';

export type Family = 'dollar' | 'krona' | 'yen' | 'rupee' | 'rand' | 'peso';

export interface CurrencyMark {
  /** ISO 4217 when the mark names one currency. */
  code: string | null;
  /** Set when the mark is shared by several currencies. */
  family: Family | null;
  /** Written as an ISO code ("CAD"), the strongest kind of mark. */
  iso: boolean;
}

/** ISO codes read as currency when written in capitals beside a number. Codes that are also
 * everyday capitalised words (ALL, TOP, CUP, BOB, GEL, SOS) are left out on purpose. */
export const ISO_CODES = wordSet(`
  USD EUR GBP CAD AUD NZD CHF JPY CNY HKD TWD KRW SGD INR PKR LKR NPR BDT IDR MYR PHP THB VND
  SEK NOK DKK ISK PLN CZK HUF RON BGN UAH RUB TRY ILS AED SAR QAR KWD EGP MAD NGN KES ZAR BRL
  MXN ARS CLP COP PEN UYU`);

const FAMILY_BY_COUNTRY: Record<Family, Record<string, string>> = {
  dollar: pairs('US=USD CA=CAD AU=AUD NZ=NZD SG=SGD HK=HKD MX=MXN TW=TWD AR=ARS CL=CLP CO=COP'),
  krona: pairs('SE=SEK NO=NOK DK=DKK IS=ISK'),
  yen: pairs('JP=JPY CN=CNY'),
  rupee: pairs('IN=INR PK=PKR LK=LKR NP=NPR'),
  rand: pairs('ZA=ZAR'),
  peso: pairs('MX=MXN AR=ARS CL=CLP CO=COP PH=PHP UY=UYU'),
};

// The euro area (ISO 3166 alpha-2): where a figure written with no currency is in euros.
const EURO_AREA = wordSet('AT BE HR CY EE FI FR DE GR IE IT LV LT LU MT NL PT SK SI ES');

/** The currency of the country a job is in, for a pay figure that writes none ("Salary: 20M - 30M"
 * in Hanoi): an ISO 4217 code is its country's code and a letter, so only the codes we read and
 * the euro area are needed. */
export function currencyOfCountry(country: string | null | undefined): string | null {
  if (!country) return null;
  const cc = country.toUpperCase();
  if (EURO_AREA.has(cc)) return 'EUR';
  for (const code of ISO_CODES) if (code.startsWith(cc)) return code;
  return null;
}

/** The reading of a family sign when the page says nothing more. Rand has none: a lone "R"
 * is money only when the page is South African. */
const FAMILY_DEFAULT: Record<Family, string | null> = {
  dollar: 'USD',
  krona: 'SEK',
  yen: 'JPY',
  rupee: 'INR',
  rand: null,
  peso: 'MXN',
};

const SIGN_CODES = pairs(`
  US$=USD U$=USD USD$=USD C$=CAD CA$=CAD CAD$=CAD CAN$=CAD A$=AUD AU$=AUD AUD$=AUD NZ$=NZD
  NZD$=NZD HK$=HKD HKD$=HKD S$=SGD SG$=SGD SGD$=SGD MX$=MXN MXN$=MXN NT$=TWD R$=BRL CN¥=CNY
  RMB¥=CNY JP¥=JPY E£=EGP €=EUR £=GBP ₹=INR ₩=KRW ₪=ILS ₽=RUB ₺=TRY ₱=PHP ₦=NGN ฿=THB ₫=VND
  ₴=UAH ₸=KZT ₡=CRC ₲=PYG ₼=AZN ₾=GEL 円=JPY 元=CNY`);

/** Short local signs, matched as written (case matters: "RM" is ringgit, "rm" is not). */
const LOCAL_SIGNS: Record<string, string> = table({
  ...pairs('zł=PLN Kč=CZK Ft=HUF lei=RON RM=MYR Rp=IDR Fr=CHF SFr=CHF KSh=KES Ksh=KES Dhs=AED VNĐ=VND'),
  ...pairs('RMB=CNY NIS=ILS Rs=rupee kr=krona Kr=krona KR=krona R=rand'),
});

/** Currency names written after a number ("50,000 dollars"). "pounds" is left out: in job
 * ads it is usually weight ("lift 50 pounds"). */
const CURRENCY_WORDS = invert({
  dollar: 'dollar dollars',
  EUR: 'euro euros',
  rupee: 'rupee rupees',
  BRL: 'reais',
  yen: 'yen',
  CNY: 'yuan renminbi',
  CHF: 'franc francs',
  PLN: 'zloty złotych',
  peso: 'pesos',
  krona: 'kronor kroner',
  GBP: 'sterling',
  KRW: '원',
});

/** "US dollars", "Canadian dollars": the adjective settles the dollar. */
const DOLLAR_ADJECTIVES = pairs(
  'us=USD american=USD canadian=CAD australian=AUD singapore=SGD hk=HKD nz=NZD',
);

const FAMILIES = new Set<string>(Object.keys(FAMILY_BY_COUNTRY));

function markFor(meaning: string, iso = false): CurrencyMark {
  return FAMILIES.has(meaning)
    ? { code: null, family: meaning as Family, iso }
    : { code: meaning, family: null, iso };
}

/** The code of "<adjective> dollars" starting at tokens[i], if that is what is written there. */
export function dollarPhraseAt(tokens: Token[], i: number): string | null {
  const noun = tokens[i + 1]?.lower;
  if (noun !== 'dollars' && noun !== 'dollar') return null;
  return DOLLAR_ADJECTIVES[tokens[i]?.lower ?? ''] ?? null;
}

/** The currency a token names, if any. Currency names ("dollars") only count `after` a number. */
export function currencyMarkOf(token: Token, after = false): CurrencyMark | null {
  if (token.kind === 'sym') {
    if (token.text === '$') return markFor('dollar');
    if (token.text === '¥') return markFor('yen');
    const code = SIGN_CODES[token.text] ?? SIGN_CODES[token.text.toUpperCase()];
    return code ? markFor(code) : null;
  }
  if (token.kind !== 'word') return null;
  if (ISO_CODES.has(token.text)) return markFor(token.text, true);
  const local = LOCAL_SIGNS[token.text];
  // "RMB", "NIS" are written like ISO codes and weigh as much.
  if (local) return markFor(local, local.length === 3 && /^[A-Z]{3}$/.test(token.text));
  const word = after ? CURRENCY_WORDS[token.lower] : undefined;
  return word ? markFor(word) : null;
}

/** The family member used in `country`, if the family is used there. */
export function familyCodeForCountry(family: Family, country: string | null | undefined): string | null {
  return country ? (FAMILY_BY_COUNTRY[family][country.toUpperCase()] ?? null) : null;
}

export function familyDefault(family: Family): string | null {
  return FAMILY_DEFAULT[family];
}

/** Whether `code` is one of the currencies a family sign can stand for. */
export function familyHas(family: Family, code: string): boolean {
  return Object.values(FAMILY_BY_COUNTRY[family]).includes(code);
}
