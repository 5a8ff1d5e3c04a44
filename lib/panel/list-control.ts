import { createShadowWidget } from './shadow-host';

// The control a results list gets from Jobsight: whether the cards not open to the user are shown,
// dimmed or hidden on this site. A small bar in the page's corner, in its own shadow root.

export type CardFilter = 'show' | 'dim' | 'hide';

const CHOICES: readonly [CardFilter, string][] = [
  ['show', 'Show'],
  ['dim', 'Dim'],
  ['hide', 'Hide'],
];

const CSS = `:host{all:initial!important;position:fixed!important;left:12px!important;bottom:12px!important;
z-index:2147483000!important}
.bar{display:flex;gap:6px;align-items:center;padding:6px 8px;border-radius:10px;background:#fff;color:#101828;
box-shadow:0 4px 16px #0003;font:12px/16px system-ui,sans-serif}
button{font:inherit;padding:2px 8px;border-radius:7px;border:1px solid #d0d5dd;background:#fff;color:inherit;cursor:pointer}
button[aria-pressed="true"]{background:#101828;color:#fff;border-color:#101828}
button:focus-visible{outline:2px solid #2e90fa;outline-offset:1px}
@media (prefers-color-scheme:dark){.bar{background:#101828;color:#f2f4f7}button{background:#1d2939;border-color:#475467}
button[aria-pressed="true"]{background:#f2f4f7;color:#101828}}`;

/** The bar (not yet in the page), showing `mode`; `onChoose` is called with the user's choice. */
export function createListControl(
  doc: Document,
  mode: CardFilter,
  onChoose: (mode: CardFilter) => void,
): { host: HTMLElement; show: (mode: CardFilter) => void } {
  const { host, root } = createShadowWidget(doc, 'jobsight-list-control', CSS);
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Jobsight: jobs not open to you');
  const label = doc.createElement('span');
  label.textContent = 'Jobs not open to you:';
  bar.append(label);
  const buttons = CHOICES.map(([value, text]) => {
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.dataset['filter'] = value;
    button.addEventListener('click', () => onChoose(value));
    bar.append(button);
    return button;
  });
  const show = (current: CardFilter): void => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset['filter'] === current));
  };
  show(mode);
  root.append(bar);
  return { host, show };
}
