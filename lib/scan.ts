import type { Detection } from './model/reading';
import { interpret, type Interpretation } from './analysis/interpret';
import { readPage } from './page/read-page';
import { findAdapter } from './page/sites';

export interface Scan extends Interpretation {
  detection: Detection;
}

/** detect → extract → normalise → salary → eligibility, as one pure function of the page. The
 * content script runs the two halves on either side of a message to the background. */
export function scan(doc: Document, url: URL): Scan {
  const { detection, reading } = readPage(doc, url, findAdapter);
  if (!reading) return { detection, job: null, salaries: [], problems: [] };
  return { detection, ...interpret(reading) };
}
