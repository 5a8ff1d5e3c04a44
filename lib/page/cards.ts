import { visibleText } from './blocks';
import { cleanText } from '../text/repair';
import type { CardParts, ListParts, SelectorList } from './sites/types';

// A list page's job cards, read as the cards write them (lib/page/sites/<board>.ts `list`): the
// content script sends these texts to the background in one batch and puts a chip on each card.

export interface Card {
  /** The job's id on the board (a data attribute, else the path of the card's link). */
  id: string;
  /** The posting the card links to. */
  url?: string;
  el: Element;
  /** The chip goes after this element: the card's last place, else its title. */
  anchor: Element | null;
  parts: CardParts;
}

/** A page shows at most this many cards at once; more would be a page that is not a list. */
const MAX_CARDS = 300;

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
  const href = link ? link.getAttribute('href') : null;
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** One card per job id, in page order; copies the page hides from everyone (aria-hidden) left out. */
export function readCards(doc: Document, list: ListParts): Card[] {
  const out: Card[] = [];
  const seen = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll(list.card)).slice(0, MAX_CARDS)) {
    const link = linkOf(el, list, doc.baseURI);
    const holder = list.idFrom ? el.querySelector(list.idFrom) : el;
    const id =
      (list.idAttribute && holder?.getAttribute(list.idAttribute)) ||
      (list.idParam && link?.searchParams.get(list.idParam)) ||
      link?.pathname;
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
    out.push({ id, url: link?.href, el, anchor: places.at(-1)?.el ?? title?.el ?? null, parts });
  }
  return out;
}
