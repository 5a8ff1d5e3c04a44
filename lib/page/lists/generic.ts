import { collectBlocks, isBlockTag, visibleText } from '../blocks';
import { isHidden } from '../visible';
import { CARD_LINES, CARD_TEXT } from '../../model/reading';
import { cleanText } from '../../text/repair';
import { webUrl } from '../../text/web-url';

// Job cards found from their links, for boards whose card markup has no hooks that last (hashed
// class names, frequent redesigns) and for lists that no board describes. A card is the largest
// element around a posting's link that holds no other posting, so what marks a card is the board's
// address of a posting, not its class names. Its texts are sent as lines (and the pieces a line is
// laid out in); the background tells which of them are places and pay.

/** More links than a results page shows are not read. */
const MAX_LINKS = 2_000;
/** An element holding more text than this is a section of the page, not one job's card. */
const MAX_CARD_TEXT = 1_500;
/** A link's text longer than this is a card's whole text, not its title. */
const MAX_TITLE = 200;
/** A piece with no letter or digit is a separator ("•"). */
const WORDS = /[\p{L}\p{N}]/u;

export interface LinkedCard {
  el: Element;
  link: URL;
  /** Where the chip goes: inside the card's title, after its words. */
  title: Element | null;
  lines: string[][];
}

/** Every link to a posting, with its address (without the fragment). */
function postingLinks(doc: Document, isPosting: (url: URL) => boolean): Map<Element, URL> {
  const links = new Map<Element, URL>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (links.size >= MAX_LINKS) break;
    const href = webUrl(a.getAttribute('href') ?? '', doc.baseURI);
    const url = href ? new URL(href) : undefined;
    if (!url || !isPosting(url)) continue;
    url.hash = '';
    links.set(a, url);
  }
  return links;
}

/** Each element around a posting link → the one posting it holds, or null when it holds several. */
function holdings(links: Map<Element, URL>, stop: Element): Map<Element, string | null> {
  const holds = new Map<Element, string | null>();
  for (const [a, url] of links) {
    for (let el: Element | null = a; el && el !== stop; el = el.parentElement) {
      const had = holds.get(el);
      // above an element already read as this posting's, or as holding several, nothing changes
      if (had === url.href || had === null) break;
      holds.set(el, had === undefined ? url.href : null);
    }
  }
  return holds;
}

/** The card's title: the text of its link to the posting, where that is one short line (a logo's link
 * has none; a card that is all link has several), else its heading or an element named a title,
 * else its first line (cards list the title first). */
function titleOf(card: Element, links: Element[]): Element | null {
  for (const link of links) {
    const text = visibleText(link);
    if (text && text.length <= MAX_TITLE && !text.includes('\n')) return link;
  }
  const named = card.querySelector('h1, h2, h3, h4, h5, h6, [class*="title"], [class*="Title"]');
  if (named && cleanText(named.textContent ?? '')) return named;
  const first = collectBlocks(card, 1)[0];
  return first && first.text.length <= MAX_TITLE ? first.el : null;
}

/** The pieces a line is laid out in (chips, spans of a flex row), looking through lone wrappers;
 * children that open lines of their own are lines of their own. */
function piecesOf(el: Element): string[] {
  let at = el;
  for (let depth = 0; depth < 4; depth++) {
    const shown = Array.from(at.children).filter(
      (k) => !isBlockTag(k) && !isHidden(k) && cleanText(k.textContent ?? ''),
    );
    if (shown.length !== 1)
      return shown.map((k) => cleanText(k.textContent ?? '')).slice(0, CARD_LINES.pieces);
    at = shown[0] as Element;
  }
  return [];
}

/** The card's lines other than its title: each the line's text, then its pieces when it has several. */
function linesOf(card: Element, title: Element | null): string[][] {
  const titleText = title ? cleanText(title.textContent ?? '') : '';
  const lines: string[][] = [];
  for (const block of collectBlocks(card, CARD_LINES.lines * 2)) {
    if (lines.length >= CARD_LINES.lines) break;
    if (block.text === titleText || title?.contains(block.el)) continue;
    const pieces = piecesOf(block.el).filter((p) => p !== block.text && p !== titleText && WORDS.test(p));
    const line = [block.text, ...(pieces.length > 1 ? pieces : [])];
    lines.push(line.map((text) => text.slice(0, CARD_TEXT.line)));
  }
  return lines;
}

/** The cards of the page's posting links, in page order, one per posting. */
export function cardsByLinks(doc: Document, isPosting: (url: URL) => boolean): LinkedCard[] {
  const links = postingLinks(doc, isPosting);
  const holds = holdings(links, doc.body ?? doc.documentElement);
  const cards = new Map<string, { el: Element; link: URL; links: Element[] }>();
  for (const [a, link] of links) {
    const known = cards.get(link.href);
    if (known?.el.contains(a)) known.links.push(a);
    if (known) continue;
    let el = a;
    while (el.parentElement && holds.get(el.parentElement) === link.href) el = el.parentElement;
    cards.set(link.href, { el, link, links: [a] });
  }
  return [...cards.values()]
    .filter(({ el }) => (el.textContent ?? '').length <= MAX_CARD_TEXT)
    .map(({ el, link, links: own }) => ({ el, link, ...readByLines(el, own) }));
}

/** A card read by its lines: its title (`links`: its links to the posting), and its other lines. */
export function readByLines(card: Element, links: Element[]): { title: Element | null; lines: string[][] } {
  const title = titleOf(card, links);
  return { title, lines: linesOf(card, title) };
}
