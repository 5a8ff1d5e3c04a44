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

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Visible text blocks under `root`, in document order. Iterative, so any nesting depth is safe. */
export function collectBlocks(root: Element, limit = 20_000): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let opener: Element = root;
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
      parts.push(item.nodeValue ?? '');
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const el = item as Element;
    if (el !== root && isHidden(el)) continue;
    const isBlock = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (isBlock) {
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
