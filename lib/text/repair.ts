// Pages are often UTF-8 bytes that somebody decoded as Windows-1252 ("Itâ€™s", "ðŸŒŽ Ireland").
// We re-encode each suspicious run to bytes and decode it as UTF-8; a run that does not decode
// cleanly is left as it was, so real Latin-1 text ("Ã la carte") survives.

/** What Windows-1252 shows for the bytes 0x80–0x9F, in byte order ("€" is 0x80); a space where it
 * shows nothing (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
const CP1252_HIGH = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';

// A UTF-8 lead byte (0xC2–0xF4 read as Latin-1) followed by continuation bytes as cp1252 shows them.
const CONT = `\u0080-\u00BF${CP1252_HIGH.replace(/ /g, '')}`;
const MOJIBAKE_RUN = new RegExp(`[\u00C2-\u00F4][${CONT}]+`, 'g');
const MOJIBAKE_HINT = new RegExp(`[\u00C2-\u00F4][${CONT}]`);

const utf8 = new TextDecoder('utf-8', { fatal: true });

function toCp1252Bytes(run: string): Uint8Array | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const ch = run[i] as string;
    const code = ch.charCodeAt(0);
    const high = CP1252_HIGH.indexOf(ch);
    const byte = code <= 0xff ? code : high >= 0 && ch !== ' ' ? 0x80 + high : undefined;
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
