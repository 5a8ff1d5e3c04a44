import type { CardChip } from '../model/messages';
import { STATUS_LABEL, VERDICT_LABEL, type VerdictStatus } from '../model/types';
import { repostLine, seenLine } from '../model/history-words';
import { createShadowWidget } from './shadow-host';

// A job card's chip: ✓ / ✗ / ? for the user's profile, the card's pay as ≈ a year in their
// currency, the status of the job when it is among their saved jobs, and when they opened it before
// (or that it is a repost of a job they saw). The host is placed absolutely at the spot it would
// take after the card's last place, so the card's own boxes never move; its look lives in its own
// shadow root, out of the page's reach.

const MARK: Record<VerdictStatus, string> = { eligible: '✓', 'not-eligible': '✗', unknown: '?' };

const CSS = `:host{all:initial!important;position:absolute!important;z-index:2147483000!important}
.chip{display:inline-flex;gap:4px;align-items:center;margin-left:6px;padding:1px 7px;border-radius:9px;
font:600 11px/16px system-ui,sans-serif;white-space:nowrap;border:1px solid;background:#fff}
.eligible{color:#05603a;border-color:#6ce9a6}.not-eligible{color:#912018;border-color:#fda29b}
.unknown{color:#475467;border-color:#d0d5dd}.pay{font-weight:400}
.saved{padding:0 5px;border-radius:6px;background:#eef4ff;color:#3538cd}
.seen{font-weight:400;opacity:.8}
.hide{font:inherit;border:0;background:none;color:inherit;padding:0 2px;cursor:pointer;opacity:.6}
.hide:hover,.hide:focus-visible{opacity:1}
@media (prefers-color-scheme:dark){.chip{background:#101828}.eligible{color:#75e0a7}
.not-eligible{color:#fda29b}.unknown{color:#d0d5dd}.saved{background:#1f235b;color:#c7d7fe}}`;

/** What the user's history says of the card: a repost of a job seen before, else when they last
 * opened it (a saved job says its status instead). */
export function historyLine(chip: CardChip): string | null {
  if (chip.repostOf !== null) return repostLine(chip.repostOf);
  if (chip.lastSeen !== null && !chip.saved) return seenLine(chip.lastSeen);
  return null;
}

/** The card text that decided, with the verdict in words, for the chip's tooltip. */
export const chipTooltip = (chip: CardChip): string =>
  [
    chip.reason ? `${VERDICT_LABEL[chip.verdict]}: “${chip.reason}”` : VERDICT_LABEL[chip.verdict],
    chip.saved && `In your saved jobs: ${STATUS_LABEL[chip.saved]}`,
  ]
    .filter(Boolean)
    .join('. ');

/** A chip for one card (not yet in the page). Page text reaches it only as text. `hideCompany`: the
 * card's company and what hides its cards, for the chip's hide button. */
export function createChip(
  doc: Document,
  chip: CardChip,
  hideCompany?: { name: string; hide: () => void },
): HTMLElement {
  const { host, root } = createShadowWidget(doc, 'jobsight-chip', CSS);
  host.dataset['jobId'] = chip.id;
  host.dataset['verdict'] = chip.verdict;
  const body = doc.createElement('span');
  body.className = `chip ${chip.verdict}`;
  body.title = chipTooltip(chip);
  body.setAttribute('role', 'note');
  body.setAttribute('aria-label', `Jobsight: ${body.title}`);
  const part = (className: string, text: string | null): void => {
    if (!text) return;
    const span = doc.createElement('span');
    span.className = className;
    span.textContent = text;
    body.append(span);
  };
  part('mark', MARK[chip.verdict]);
  // a pay already a year in the user's currency is shown as the card wrote it
  part('pay', chip.yearly ?? chip.pay);
  part('saved', chip.saved && STATUS_LABEL[chip.saved]);
  part('seen', historyLine(chip));
  if (hideCompany) {
    const hide = doc.createElement('button');
    hide.type = 'button';
    hide.className = 'hide';
    hide.textContent = '×';
    hide.title = `Hide jobs from ${hideCompany.name}`;
    hide.setAttribute('aria-label', hide.title);
    hide.addEventListener('click', (e) => {
      // the card is a link on most boards: the click is ours, not a way to the posting
      e.preventDefault();
      e.stopPropagation();
      hideCompany.hide();
    });
    body.append(hide);
  }
  root.append(body);
  return host;
}
