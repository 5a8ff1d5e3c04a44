import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { canonicalUrl } from '../lib/page/extract/meta';
import { scan } from '../lib/scan';
import { openDocument } from './load';
import { toReport, type Report } from './report';

export interface PageTask {
  file: string;
  /** The address the page was served from, when known. */
  url?: string;
}

const PAGE_FILES = new Set(['.html', '.htm', '.md', '.txt']);

/** Files as given, and the saved pages inside folders (sorted, not recursive into hidden ones). */
export function pagesIn(paths: string[]): string[] {
  return paths.flatMap((path) => {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      return [path]; // reported as missing when it is read
    }
    if (!isDir) return [path];
    return readdirSync(path)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .flatMap((name) => {
        const full = join(path, name);
        if (statSync(full).isDirectory()) return pagesIn([full]);
        return PAGE_FILES.has(extname(name).toLowerCase()) ? [full] : [];
      });
  });
}

/** The page's own address: given, else its canonical link, else the file itself. */
function pageUrl(explicit: string | undefined, doc: Document, file: string): URL {
  const fileUrl = pathToFileURL(resolve(file)).href;
  const href = explicit ?? canonicalUrl(doc, 'https://unknown.invalid/') ?? fileUrl;
  try {
    return new URL(href);
  } catch {
    return new URL(fileUrl);
  }
}

/** One saved page through the same pipeline the extension runs. */
export function extractPage({ file, url }: PageTask): Report {
  const page = openDocument(file, url ?? 'https://unknown.invalid/');
  try {
    return toReport(scan(page.doc, pageUrl(url, page.doc, file)));
  } finally {
    page.close();
  }
}
