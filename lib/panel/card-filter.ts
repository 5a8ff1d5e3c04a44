import type { VerdictStatus } from '../model/types';
import { companyKeyOf } from '../text/match-words';
import type { CardFilter } from './list-control';

// What the user asked of a results list: the cards not open to them dimmed or hidden (per site), and
// the cards of companies they hid, hidden everywhere. Only the card's own inline style changes, and
// only what Jobsight set is ever taken back.

export interface FilteredCard {
  el: Element;
  /** The card's verdict, once the background has judged it. */
  verdict: VerdictStatus | null;
  company?: string;
}

/** The state Jobsight put a card in, on the card itself (an attribute no observer of ours watches). */
const STATE = 'jobsightFilter';

function setState(el: HTMLElement, state: CardFilter): void {
  const was = el.dataset[STATE] ?? 'show';
  if (was === state) return;
  if (was === 'dim') el.style.removeProperty('opacity');
  if (was === 'hide') el.style.removeProperty('display');
  if (state === 'dim') el.style.setProperty('opacity', '0.35', 'important');
  if (state === 'hide') el.style.setProperty('display', 'none', 'important');
  if (state === 'show') delete el.dataset[STATE];
  else el.dataset[STATE] = state;
}

/** Each card as `mode` says when it is not open to the user; hidden whatever its verdict when its
 * company is one the user hid (`hidden`: their keys, `companyKeyOf`). */
export function filterCards(
  cards: readonly FilteredCard[],
  mode: CardFilter,
  hidden: ReadonlySet<string>,
): void {
  for (const card of cards) {
    const hiddenCompany = card.company !== undefined && hidden.has(companyKeyOf(card.company));
    const state = hiddenCompany ? 'hide' : card.verdict === 'not-eligible' ? mode : 'show';
    if (card.el instanceof HTMLElement) setState(card.el, state);
  }
}
