// Reads a written number ("206,700", "7.000", "100.000,00", "25,00,000", "0.047", "120'000").
// The tokeniser has already cut the literal; this decides which marks group thousands and
// which one is the decimal point.

/** More digits than this is not a pay amount (and would lose precision). */
const MAX_DIGITS = 15;

interface Split {
  groups: string[];
  marks: string[];
}

function normaliseMark(ch: string): string {
  if (ch === '’') return "'";
  if (ch === '\u00a0' || ch === '\u202f' || ch === '\u2009') return ' ';
  return ch;
}

function split(raw: string): Split {
  const groups: string[] = [];
  const marks: string[] = [];
  let current = '';
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') current += ch;
    else {
      groups.push(current);
      marks.push(normaliseMark(ch));
      current = '';
    }
  }
  groups.push(current);
  return { groups, marks };
}

/** "1,000,000" / "1.000" / "1 000": every group after the first has three digits. */
function isThousands(groups: string[]): boolean {
  const [head, ...rest] = groups;
  return head !== undefined && head.length >= 1 && head.length <= 3 && rest.every((g) => g.length === 3);
}

/** Indian lakh grouping: "25,00,000", "1,20,000": pairs, then a final group of three. */
function isLakhs(groups: string[]): boolean {
  const head = groups[0];
  const last = groups[groups.length - 1];
  const middle = groups.slice(1, -1);
  return (
    head !== undefined &&
    head.length <= 2 &&
    last?.length === 3 &&
    middle.length >= 1 &&
    middle.every((g) => g.length === 2)
  );
}

function isGrouping(groups: string[], mark: string): boolean {
  return isThousands(groups) || (mark === ',' && isLakhs(groups));
}

/** One mark only: "1,500" groups, "17,89" and "0.047" are decimals. */
function readOneMark(whole: string, fraction: string, mark: string, scaled: boolean): number | null {
  if (mark === ' ' || mark === "'") return fraction.length === 3 ? Number(whole + fraction) : null;
  const leadingZero = /^0+$/.test(whole);
  const decimal = fraction.length !== 3 || leadingZero || (mark === '.' && scaled);
  return decimal ? Number(`${whole}.${fraction}`) : Number(whole + fraction);
}

/** Two kinds of mark: the last one, written once, is the decimal point ("100.000,00"). */
function readMixed({ groups, marks }: Split): number | null {
  const decimalMark = marks[marks.length - 1] as string;
  const groupMarks = marks.slice(0, -1);
  if (groupMarks.some((m) => m !== groupMarks[0]) || groupMarks[0] === decimalMark) return null;
  if (decimalMark === ' ' || decimalMark === "'") return null;
  const fraction = groups[groups.length - 1] as string;
  const whole = groups.slice(0, -1);
  if (fraction.length > 2 || !isGrouping(whole, groupMarks[0] as string)) return null;
  return Number(`${whole.join('')}.${fraction}`);
}

/**
 * The value of a written number, or null when its marks make no sense as one amount
 * (a phone number, a list "1,2,3", a version "1.2.3").
 * `scaled` says a suffix such as "k" follows, which makes "1.500k" a decimal.
 */
export function readNumber(raw: string, scaled = false): number | null {
  const parts = split(raw);
  const { groups, marks } = parts;
  if (groups.join('').length > MAX_DIGITS || groups.some((g) => g === '')) return null;
  if (marks.length === 0) return Number(raw);
  if (marks.some((m) => m !== marks[0])) return readMixed(parts);
  const mark = marks[0] as string;
  if (marks.length === 1) return readOneMark(groups[0] as string, groups[1] as string, mark, scaled);
  return isGrouping(groups, mark) ? Number(groups.join('')) : null;
}
