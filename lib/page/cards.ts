import { visibleText } from './blocks';
import { CARD_TEXT, MAX_CARDS } from '../model/reading';
import { cleanText } from '../text/repair';
import { webUrl } from '../text/web-url';
import { cardsByLinks, readByLines } from './lists/generic';
import type { CardParts, ListParts, SelectorList } from './sites/types';

// A list page's job cards, read as the cards write them (each board's list part, lib/page/lists/):
// the content script sends these texts to the background in one batch and puts a chip on each card.

export interface Card {
  /** The job's id on the board: a data attribute, else the job named in the link's query
   * (`idParam`), else the path of the card's link. */
  id: string;
  /** The posting the card links to. */
  url?: string;
  el: Element;
  /** The chip goes after this element: the card's last place, else its title. */
  anchor: Element | null;
  /** The chip goes inside the anchor, after its words (a card found from its link: its title). */
  inside?: boolean;
  parts: CardParts;
}

interface Match {
  el: Element;
  text: string;
}

/** The first selector's elements that show text, with their text (read once). */
function matches(card: Element, selectors: SelectorList | undefined): Match[] {
  for (const selector of selectors ?? []) {
    const found = Array.from(card.querySelectorAll(selector))
      .slice(0, 20)
      .map((el) => ({ el, text: cleanText(visibleText(el)) }))
      .filter((m) => m.text);
    if (found.length) return found;
  }
  return [];
}

/** The card's link (the card itself, where the card is a link), as an address of the web. */
function linkOf(card: Element, list: ListParts, base: string): URL | undefined {
  const link = list.link && (card.matches(list.link) ? card : card.querySelector(list.link));
  const href = link && webUrl(link.getAttribute('href') ?? '', base);
  return href ? new URL(href) : undefined;
}

/** Each text cut to what the message carries (a longer one would have the whole batch refused). */
function withinLimits(parts: CardParts): CardParts {
  const cut = (text: string | undefined, max: number): string | undefined => text?.slice(0, max);
  return {
    title: cut(parts.title, CARD_TEXT.title),
    company: cut(parts.company, CARD_TEXT.company),
    location: cut(parts.location, CARD_TEXT.location),
    pay: cut(parts.pay, CARD_TEXT.pay),
    ...(parts.lines && { lines: parts.lines }),
  };
}

/** The cards of a board whose cards are found from their links (`postingLink`). */
function linkedCards(doc: Document, list: ListParts, isPosting: (url: URL) => boolean): Card[] {
  // a posting's own page: its rails of other jobs are not a list
  const here = webUrl(doc.URL);
  if (here && isPosting(new URL(here))) return [];
  return cardsByLinks(doc, isPosting)
    .filter((card) => !card.el.closest('[aria-hidden="true"]'))
    .slice(0, MAX_CARDS)
    .map(({ el, link, title, lines }) => ({
      id: ((list.idParam && link.searchParams.get(list.idParam)) || link.pathname).slice(0, CARD_TEXT.id),
      url: link.href,
      el,
      ...byLines(title, lines),
    }));
}

/** One card per job id, in page order; copies the page hides from everyone (aria-hidden) left out. */
export function readCards(doc: Document, list: ListParts): Card[] {
  if (!list.card) return list.postingLink ? linkedCards(doc, list, list.postingLink) : [];
  const out: Card[] = [];
  const seen = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll(list.card)).slice(0, MAX_CARDS)) {
    const link = linkOf(el, list, doc.baseURI);
    const id = (
      idOf(el, list) ||
      (list.idParam && link?.searchParams.get(list.idParam)) ||
      link?.pathname
    )?.slice(0, CARD_TEXT.id);
    if (!id || seen.has(id) || el.closest('[aria-hidden="true"]')) continue;
    seen.add(id);
    const places = matches(el, list.location);
    const title = matches(el, list.title)[0];
    const parts: CardParts = {
      title: title?.text,
      company: matches(el, list.company)[0]?.text,
      location: places.map((p) => p.text).join('; ') || undefined,
      pay: matches(el, list.pay)[0]?.text,
      ...list.read?.(el),
    };
    const card = { id, url: link?.href, el, anchor: places.at(-1)?.el ?? title?.el ?? null };
    // the board's hooks found neither title nor place (a redesign): the card is read by its lines
    if (parts.title || parts.location) {
      out.push({ ...card, parts: withinLimits(parts) });
      continue;
    }
    const read = readByLines(el, []);
    out.push({ ...card, ...byLines(read.title, read.lines, parts) });
  }
  return out;
}

/** The card's id from the attribute that holds it (the first of them the card has). */
function idOf(el: Element, list: ListParts): string | undefined {
  const holder = list.idFrom ? el.querySelector(list.idFrom) : el;
  for (const name of [list.idAttribute ?? []].flat()) {
    const value = holder?.getAttribute(name);
    const id = value && (list.idPattern ? list.idPattern.exec(value)?.[1] : value);
    if (id) return id;
  }
  return undefined;
}

/** A card read by its lines (found from its link, or its board's hooks found nothing): the chip
 * goes inside its title. */
function byLines(
  title: Element | null,
  lines: string[][],
  parts: CardParts = {},
): Pick<Card, 'anchor' | 'inside' | 'parts'> {
  const text = title ? cleanText(visibleText(title)) : undefined;
  return { anchor: title, inside: true, parts: withinLimits({ ...parts, title: text, lines }) };
}
