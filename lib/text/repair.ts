// Pages are often UTF-8 bytes that somebody decoded as Windows-1252 ("Itâ€™s", "ðŸŒŽ Ireland").
// We re-encode each suspicious run to bytes and decode it as UTF-8; a run that does not decode
// cleanly is left as it was, so real Latin-1 text ("Ã la carte") survives.

/** Windows-1252 bytes 0x80–0x9F that map to characters outside Latin-1. */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

// A UTF-8 lead byte (0xC2–0xF4 read as Latin-1) followed by continuation bytes as cp1252 shows them.
const CONT =
  '\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122';
const MOJIBAKE_RUN = new RegExp(`[\\u00C2-\\u00F4][${CONT}]+`, 'g');
const MOJIBAKE_HINT = /[\u00C2-\u00F4][\u0080-\u00BF\u0152-\u2122]/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function toCp1252Bytes(run: string): Uint8Array | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const ch = run[i] as string;
    const code = ch.charCodeAt(0);
    const byte = code <= 0xff ? code : CP1252_HIGH[ch];
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

function decodeRun(run: string): string {
  const bytes = toCp1252Bytes(run);
  if (!bytes) return run;
  try {
    return utf8.decode(bytes);
  } catch {
    return run;
  }
}

/** Undo UTF-8-as-Windows-1252 mojibake. Cheap when there is none. */
export function fixMojibake(text: string): string {
  if (!MOJIBAKE_HINT.test(text)) return text;
  return text.replace(MOJIBAKE_RUN, decodeRun);
}

// Zero-width and bidi-control characters (and NUL) carry no meaning for us and break matching.
// oxlint-disable-next-line no-control-regex
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u0000]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Repair, drop invisible characters, fold every kind of space to one. */
export function cleanText(text: string): string {
  return fixMojibake(text).replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}
