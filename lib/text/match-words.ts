// The forms in which saved jobs, and the companies a user hides, are matched: case, accents and
// punctuation gone, and a company's legal form.

/** Anything but printable ASCII and white space: letters that need Unicode folding. */
const BEYOND_ASCII = /[^\s -~]/;

/** Lower case, accents and punctuation gone, one space between words. */
export function matchWords(text: string): string {
  // Most text is ASCII, and search folds every saved job: skip the Unicode work when it can.
  if (!BEYOND_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Legal forms at the end of a name only: "AB Tech" keeps its "AB", "Tech AB" loses it.
const LEGAL_FORMS =
  /(?:\s(?:inc|incorporated|llc|llp|ltd|limited|plc|corp|corporation|co|company|gmbh|ag|sa|sas|sarl|srl|spa|bv|nv|oy|ab|as|pty|pte|kk))+$/;

/** "Northwind Labs, Inc." and "northwind labs" are one company. */
export function companyKeyOf(company: string | null | undefined): string {
  return matchWords(company ?? '').replace(LEGAL_FORMS, '');
}
