import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardChip, CardsResponse, ToBackground } from '../../lib/model/messages';
import { readCards, type Card } from '../../lib/page/cards';
import { filterCards } from '../../lib/panel/card-filter';
import { createChip } from '../../lib/panel/chips';
import { createListControl, type CardFilter } from '../../lib/panel/list-control';
import type { ListParts } from '../../lib/page/sites/types';
import {
  hideCompany,
  loadHiddenCompanies,
  loadListFilter,
  saveListFilter,
  watchHiddenCompanies,
} from '../../utils/list-prefs';
import { watchVerdictSettings } from '../../utils/settings-watch';

// A board's list pages: a chip on every job card. The cards' texts go to the background in one
// batch (the engines stay out of the page); cards that arrive later (infinite scroll, a refilled
// list) are read by one debounced observer. A chip belongs to a job id, not to a node: it is put
// back when its card is redrawn, and the card is judged again when its texts change.

/** Cards appearing together (a page of results, drawn over a frame or two) are read in one batch. */
const BATCH_MS = 20;

const send = (message: ToBackground): Promise<unknown> => browser.runtime.sendMessage(message);

interface Shown {
  chip: CardChip;
  host: HTMLElement;
  /** The card's texts the chip was made for. */
  texts: string;
}

const textsOf = (card: Card): string => JSON.stringify(card.parts);

function place(card: Card, shown: Shown): void {
  const { anchor } = card;
  if (!anchor) return;
  const at = card.inside ? anchor.lastElementChild : anchor.nextElementSibling;
  if (shown.host.isConnected && at === shown.host) return;
  if (card.inside) anchor.append(shown.host);
  else anchor.after(shown.host);
}

/** The user's choices for this list: the site's filter (and its control bar), the hidden companies. */
function listChoices(ctx: ContentScriptContext, refilter: () => void) {
  const host = location.hostname;
  const state = { mode: 'show' as CardFilter, hidden: new Set<string>() };
  const control = createListControl(document, state.mode, (mode) => {
    state.mode = mode;
    control.show(mode);
    refilter();
    void saveListFilter(host, mode);
  });
  const loadHidden = async (): Promise<void> => {
    state.hidden = new Set((await loadHiddenCompanies()).map((c) => c.key));
  };
  const ready = Promise.all([loadListFilter(host), loadHidden()]).then(([mode]) => {
    state.mode = mode;
    control.show(mode);
  });
  const stop = watchHiddenCompanies(() => void loadHidden().then(refilter));
  ctx.onInvalidated(() => {
    stop();
    control.host.remove();
  });
  /** The bar appears with the first card, after <body> as the panel does. */
  const showBar = (): void => {
    if (!control.host.isConnected) document.documentElement.append(control.host);
  };
  return { state, ready, showBar };
}

/** Chips on the list's cards, kept in step with the page until the script is invalidated. */
export function runListScript(ctx: ContentScriptContext, list: ListParts): void {
  const shown = new Map<string, Shown>();
  /** Card id → the texts sent for it and not answered yet: a burst of changes asks once. */
  const asked = new Map<string, string>();
  /** Bumped when the user's settings change: an answer asked for before is not shown. */
  let settings = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cards: Card[] = [];
  const refilter = (): void =>
    filterCards(
      cards.map((c) => ({
        el: c.el,
        verdict: shown.get(c.id)?.chip.verdict ?? null,
        company: c.parts.company ?? shown.get(c.id)?.chip.company ?? undefined,
      })),
      choices.state.mode,
      choices.state.hidden,
    );
  const choices = listChoices(ctx, refilter);

  const update = async (): Promise<void> => {
    timer = undefined;
    cards = readCards(document, list);
    if (cards.length) choices.showBar();
    const fresh: { card: Card; texts: string }[] = [];
    for (const card of cards) {
      const texts = textsOf(card);
      const known = shown.get(card.id);
      if (known?.texts === texts) place(card, known);
      else if (asked.get(card.id) !== texts) fresh.push({ card, texts });
    }
    refilter();
    if (!fresh.length || ctx.signal.aborted) return;
    for (const { card, texts } of fresh) asked.set(card.id, texts);
    const askedWith = settings;
    const answer = (await send({
      type: 'read-cards',
      site: list.site,
      // a remote-only board's cards are judged as its postings are
      remoteBoard: list.remoteBoard ?? null,
      cards: fresh.map(({ card }) => ({ id: card.id, url: card.url, ...card.parts })),
    }).catch(() => undefined)) as CardsResponse | undefined;
    // unanswered cards are asked again at the next change
    for (const { card, texts } of fresh) if (asked.get(card.id) === texts) asked.delete(card.id);
    if (askedWith !== settings) return;
    const byId = new Map(fresh.map((f) => [f.card.id, f]));
    for (const chip of answer?.chips ?? []) {
      const sent = byId.get(chip.id);
      if (!sent || ctx.signal.aborted) continue;
      const { card, texts } = sent;
      shown.get(chip.id)?.host.remove();
      const company = card.parts.company ?? chip.company;
      const hide = company ? { name: company, hide: () => void hideCompany(company) } : undefined;
      const entry = { chip, host: createChip(document, chip, hide), texts };
      shown.set(chip.id, entry);
      place(card, entry);
    }
    refilter();
  };
  const schedule = (): void => {
    timer ??= setTimeout(() => void update(), BATCH_MS);
  };

  // Our own chips and bar going in are not a change of the list.
  const ours = (node: Node): boolean =>
    node.nodeName === 'JOBSIGHT-CHIP' || node.nodeName === 'JOBSIGHT-LIST-CONTROL';
  const observer = new MutationObserver((records) => {
    if (records.every((r) => [...r.addedNodes, ...r.removedNodes].every(ours) && r.type === 'childList'))
      return;
    schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  // A new profile or rate table changes every chip.
  const stopWatching = watchVerdictSettings(() => {
    settings++;
    for (const entry of shown.values()) entry.host.remove();
    shown.clear();
    asked.clear();
    schedule();
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    stopWatching();
    if (timer !== undefined) clearTimeout(timer);
    for (const entry of shown.values()) entry.host.remove();
  });
  void choices.ready.then(update);
}

/** A board's list script: declared for its list pages, carrying only its list part. */
export const defineListScript = (list: ListParts) =>
  defineContentScript({
    matches: [...list.matches],
    allFrames: list.inFrames ?? false,
    cssInjectionMode: 'manual',
    main: (ctx) => runListScript(ctx, list),
  });
