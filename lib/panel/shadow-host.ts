// The panel's place in the page: a custom element after <body> whose open shadow root holds our
// styles and the container Preact renders into. Nothing else in the page is touched, and the page's
// styles cannot reach in (`all: initial` on the host resets what would inherit).

export interface ShadowPanel {
  host: HTMLElement;
  /** Where the UI renders (the shadow tree's body). */
  container: HTMLElement;
}

// Keys typed in the panel are ours: a board's shortcuts ("/" to search, "j"/"k") must not fire.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

const RESET = ':host { all: initial !important; }';

/** Builds the host (not yet in the page): `<name>` ▸ shadow ▸ html ▸ head ▸ style, body. */
export function createShadowPanel(doc: Document, name: string, css: string): ShadowPanel {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const root = doc.createElement('html');
  const head = doc.createElement('head');
  const style = doc.createElement('style');
  style.textContent = `${RESET}\n${css}`;
  const container = doc.createElement('body');
  head.append(style);
  root.append(head, container);
  shadow.append(root);
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
  return { host, container };
}

/** A small widget's host (a card's chip, a list's bar): `<name>` ▸ open shadow root ▸ its style and
 * what the caller puts there; keys typed in it are kept from the page's shortcuts. */
export function createShadowWidget(
  doc: Document,
  name: string,
  css: string,
): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(name);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  for (const type of ISOLATED_EVENTS) root.addEventListener(type, (e) => e.stopPropagation());
  return { host, root };
}
