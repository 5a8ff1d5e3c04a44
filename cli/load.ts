import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { marked } from 'marked';
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

export class InputError extends Error {}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/**
 * Pages saved from static-site sources start with YAML front matter; its title is the page's
 * <title>, the rest is build metadata, not page text.
 */
export function withoutFrontMatter(text: string): string {
  const m = FRONT_MATTER.exec(text);
  if (!m) return text;
  const title = /^title:\s*["']?(.*?)["']?\s*$/m.exec(m[1] ?? '')?.[1];
  const head = title ? `<title>${escapeHtml(title)}</title>` : '';
  return `${head}${text.slice(m[0].length)}`;
}

/** A saved page as HTML: .html as is, .md rendered back to HTML, .txt one block per line. */
export function pageHtml(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputError(`cannot read ${file}: no such file`);
  }
  if (size === 0) throw new InputError(`${file} is empty`);
  const buf = readFileSync(file);
  if (buf.subarray(0, 8192).includes(0)) throw new InputError(`${file} is binary, not a page`);
  const text = buf.toString('utf8');
  const ext = extname(file).toLowerCase();
  // GitHub-flavoured: a line break inside a paragraph is a line break, as GitHub shows issues.
  if (ext === '.md') return marked.parse(text, { async: false, gfm: true, breaks: true });
  if (ext === '.txt')
    return `<body>${text
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map((l) => `<p>${escapeHtml(l)}</p>`)
      .join('\n')}</body>`;
  if (ext === '.html' || ext === '.htm') return withoutFrontMatter(text);
  throw new InputError(`${file}: unknown page format ${ext || '(none)'} (want .html, .htm, .md or .txt)`);
}

type Parse5Node = DefaultTreeAdapterMap['parentNode'];

/** Drops every <style>: the CLI renders no CSS, and happy-dom's parser loses the rest of a page
 * after a <style> inside an inline <svg> (a logo exported from a drawing tool). */
function withoutStyles(node: Parse5Node): void {
  node.childNodes = node.childNodes.filter((child) => child.nodeName !== 'style');
  for (const child of node.childNodes) if ('childNodes' in child) withoutStyles(child);
  if ('content' in node) withoutStyles(node.content);
}

/** The page as a browser would build it: broken markup repaired as the HTML standard says. */
export function repaired(html: string): string {
  const tree = parse(html);
  withoutStyles(tree);
  return serialize(tree);
}

/** Parse into an inert document: no scripts run, nothing is fetched. */
function parseDocument(html: string, url: string): { doc: Document; close: () => void } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const parser = new window.DOMParser();
  const doc = parser.parseFromString(repaired(html), 'text/html') as unknown as Document;
  // A batch opens one window per page: each is closed once read, or memory grows with the run.
  return { doc, close: () => void window.happyDOM.close() };
}

/** A saved page, read and parsed; `close` frees it. */
export function openDocument(file: string, url: string): { doc: Document; close: () => void } {
  return parseDocument(pageHtml(file), url);
}
