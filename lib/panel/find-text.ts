// Evidence is quoted from the page's cleaned text: spaces folded, invisible characters dropped, a
// sentence joined across <strong>, <a> and line breaks. To find it again in the live page we compare
// letters and digits only, case-folded, and map each one back to the text node it came from.
import { LETTER_OR_DIGIT, lettersAndDigits } from '../text/compare';

const NEVER_RENDERED = 'script, style, noscript, template, textarea, title';
/** Shorter needles would match words in the page's chrome before the sentence meant. */
const MIN_LENGTH = 4;

interface TextIndex {
  text: string;
  nodes: Text[];
  /** Per character of `text`: its node, and the node offsets where its source character starts and ends. */
  node: number[];
  start: number[];
  end: number[];
}

/** Whether the reader sees an element's own text: words a stylesheet hides ("HOUR" beside "31.50
 * hourly") are not part of the sentence as the page shows it. Engines without checkVisibility
 * count every element as seen. */
function seenBy(cache: Map<Element, boolean>, el: Element | null): boolean {
  if (!el || el.closest(NEVER_RENDERED)) return false;
  if (typeof el.checkVisibility !== 'function') return true;
  let seen = cache.get(el);
  if (seen === undefined) cache.set(el, (seen = el.checkVisibility({ visibilityProperty: true })));
  return seen;
}

function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const index: TextIndex = { text: '', nodes: [], node: [], start: [], end: [] };
  const parts: string[] = [];
  const seen = new Map<Element, boolean>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!seenBy(seen, n.parentElement)) continue;
    const value = n.nodeValue ?? '';
    const nodeIndex = index.nodes.push(n as Text) - 1;
    let offset = 0;
    for (const ch of value) {
      if (LETTER_OR_DIGIT.test(ch)) {
        const folded = ch.toLowerCase();
        parts.push(folded);
        for (let i = 0; i < folded.length; i++) {
          index.node.push(nodeIndex);
          index.start.push(offset);
          index.end.push(offset + ch.length);
        }
      }
      offset += ch.length;
    }
  }
  index.text = parts.join('');
  return index;
}

function rangeAt(index: TextIndex, from: number, length: number): Range {
  const last = from + length - 1;
  const startNode = index.nodes[index.node[from] ?? 0] as Text;
  const endNode = index.nodes[index.node[last] ?? 0] as Text;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, index.start[from] ?? 0);
  range.setEnd(endNode, index.end[last] ?? 0);
  return range;
}

function isShown(range: Range): boolean {
  const el = range.startContainer.parentElement;
  if (!el) return false;
  // Not every engine has checkVisibility; without it, trust the first match.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
}

/**
 * A Range over the page's own text nodes for `text`, tolerant of spacing, case, punctuation and
 * markup inside the sentence: the first occurrence the reader can see. Null when the page does
 * not show it (it came from structured data, sits in a collapsed section, or the page changed).
 */
export function findTextRange(root: Node, text: string): Range | null {
  const needle = lettersAndDigits(text);
  if (needle.length < MIN_LENGTH) return null;
  const index = indexText(root);
  for (let at = index.text.indexOf(needle); at !== -1; at = index.text.indexOf(needle, at + 1)) {
    const range = rangeAt(index, at, needle.length);
    if (isShown(range)) return range;
  }
  return null;
}
