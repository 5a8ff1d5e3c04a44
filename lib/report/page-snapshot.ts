// A copy of the page as the user sees it, fit to send us: no scripts (JSON-LD, which is data, is
// kept), no inline event handlers, no javascript: links, no form values (what the user typed).
// `pageSnapshot` runs inside the page through scripting.executeScript, so it is self-contained:
// no imports, nothing from this module's scope; called there without arguments, it reads the page's
// own document. It reads a clone; the live page is not touched.

export interface PageSnapshot {
  url: string;
  title: string;
  html: string;
}

export function pageSnapshot(doc: Document = document): PageSnapshot {
  const root = doc.documentElement.cloneNode(true) as HTMLElement;
  // Jobsight's own panel is not the page's.
  for (const el of Array.from(root.querySelectorAll('jobsight-panel'))) el.remove();
  for (const el of Array.from(root.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(el.getAttribute('type') ?? '')) el.remove();
  }
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (
        name.startsWith('on') ||
        (/^(?:href|src|action|formaction)$/.test(name) && value.startsWith('javascript:'))
      )
        el.removeAttribute(attr.name);
    }
  }
  // What the user typed or chose: the clone carries values as attributes and text.
  for (const input of Array.from(root.querySelectorAll('input'))) {
    if (!/^(?:submit|button|reset|image|hidden)$/i.test(input.type)) input.removeAttribute('value');
    input.removeAttribute('checked');
  }
  for (const area of Array.from(root.querySelectorAll('textarea'))) area.textContent = '';
  for (const option of Array.from(root.querySelectorAll('option'))) option.removeAttribute('selected');
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '';
  return { url: doc.URL, title: doc.title, html: doctype + root.outerHTML };
}
