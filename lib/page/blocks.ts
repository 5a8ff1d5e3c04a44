import { cleanText } from '../text/repair';
import { isHidden } from './visible';

/** A line of visible text as the page lays it out: a paragraph, list item, heading, cell… */
export interface Block {
  text: string;
  /** The element that opened the block (for headings, labels and highlighting). */
  el: Element;
  tag: string;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'LABEL',
  'LEGEND',
  'CAPTION',
  'BODY',
  'CENTER',
]);

/** Whether an element opens a line of its own (by its tag: styles are never consulted). */
export const isBlockTag = (el: Element): boolean => BLOCK_TAGS.has(el.tagName.toUpperCase());

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

// Two words the page keeps in separate elements, which its stylesheet lays apart (chips, flex
// items): "United States" + "Canada" must not read as "United StatesCanada". Only a lower-case
// end meeting a capital start is split, so "<b>J</b>ava" stays one word.
const GLUED_END = /\p{Ll}$/u;
const GLUED_START = /^\p{Lu}/u;

/** Visible text blocks under `root`, in document order. Iterative, so any nesting depth is safe. */
export function collectBlocks(root: Element, limit = 20_000): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let opener: Element = root;
  // An element began or ended since the last text: the next text may be a separate piece.
  let crossed = false;
  const flush = (): void => {
    const text = cleanText(parts.join(''));
    if (text && blocks.length < limit) blocks.push({ text, el: opener, tag: opener.tagName.toLowerCase() });
    parts = [];
  };
  // Stack entries: a node to visit, or a marker to close a block element.
  const stack: (Node | { close: Element })[] = [root];
  while (stack.length) {
    const item = stack.pop() as Node | { close: Element };
    if ('close' in item) {
      flush();
      opener = item.close.parentElement ?? root;
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      const value = item.nodeValue ?? '';
      const last = parts.at(-1);
      const apart = crossed || item.previousSibling?.nodeType === ELEMENT_NODE;
      if (apart && last && GLUED_END.test(last) && GLUED_START.test(value)) parts.push(' ');
      if (value) {
        parts.push(value);
        crossed = false;
      }
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    crossed = true;
    const el = item as Element;
    if (el !== root && isHidden(el)) continue;
    if (isBlockTag(el)) {
      flush();
      opener = el;
      stack.push({ close: el });
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  flush();
  return blocks;
}

/** Visible text of one element, cleaned. */
export function visibleText(el: Element): string {
  return collectBlocks(el)
    .map((b) => b.text)
    .join('\n');
}
