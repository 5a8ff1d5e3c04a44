// Boards decorate values with emoji badges ("🌎 Remote - United States", "💰 USD $1~$2").
// They say what kind of value follows; they are not part of it.

export type MarkerKind = 'location' | 'salary' | 'time' | 'type';

const MARKERS: Record<string, MarkerKind> = {
  '🌎': 'location',
  '🌍': 'location',
  '🌏': 'location',
  '🌐': 'location',
  '📍': 'location',
  '🏠': 'location',
  '💰': 'salary',
  '💵': 'salary',
  '💶': 'salary',
  '💷': 'salary',
  '💸': 'salary',
  '🤑': 'salary',
  '⏰': 'time',
  '🕒': 'time',
  '📅': 'time',
  '🗓': 'time',
  '💼': 'type',
  '🧑‍💻': 'type',
};

const LEADING_MARKER = /^((?:\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\uFE0F|\u200D)+)\s*/u;

export interface Marked {
  text: string;
  marker: MarkerKind | null;
}

/** Split a leading emoji badge from its value. */
export function splitMarker(text: string): Marked {
  const m = LEADING_MARKER.exec(text);
  if (!m) return { text, marker: null };
  const emoji = (m[1] as string).replace(/\uFE0F/g, '');
  return { text: text.slice(m[0].length), marker: MARKERS[emoji] ?? null };
}

const ANY_MARKER = new RegExp(`(?:${Object.keys(MARKERS).join('|')})\\uFE0F?`, 'gu');

/** A badge line may hold several badges ("💰 CAD $1~$2 🌎 Canada - Remote"): one per marker. */
export function splitBadges(text: string): Marked[] {
  const starts = Array.from(text.matchAll(ANY_MARKER), (m) => m.index ?? 0);
  if (!starts.length) return [{ text, marker: null }];
  const cuts = starts[0] === 0 ? starts : [0, ...starts];
  return cuts.map((from, i) => splitMarker(text.slice(from, cuts[i + 1]).trim())).filter((b) => b.text);
}
