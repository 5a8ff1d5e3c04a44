// Pay written in running text, sentence by sentence.
import type { Salary, Source } from '../../model/types';
import { collectCodes, readPageContext, type CodeMentions, type PageContext } from './context';
import { readSentence, type Finding } from './reading';
import { splitSentences, type Segment } from '../../text/sentences';

/** A page never states more pay figures than this; the cap bounds work on hostile input. */
export const MAX_FINDINGS = 100;

export interface TextReading {
  source: Source;
  page: PageContext;
}

/** Every salary in `text`, in order, with what the headline choice needs to know. */
export function findSalaries(text: string, reading: TextReading, limit = MAX_FINDINGS): Finding[] {
  let codes: CodeMentions | null = null;
  // Codes elsewhere in the text are only needed to settle a "$", so they are read on demand.
  const textCodes = (): CodeMentions => (codes ??= collectCodes(text));
  const found: Finding[] = [];
  const short = isShort(text);
  for (const seg of splitSentences(text)) {
    if (!hasDigit(text, seg)) continue;
    for (const f of readSentence(text, seg, { ...reading, textCodes })) {
      if (found.length >= limit) return found;
      found.push({ ...f, field: short && f.pay > 0 });
    }
  }
  return found;
}

/** A label/value row ("Salary: $17.89/hour") rather than prose: a dozen words at most. */
const FIELD_WORDS = 12;

function isShort(text: string): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words <= FIELD_WORDS; i++) {
    const blank = text.charCodeAt(i) <= 32;
    if (!blank && !inWord) words++;
    inWord = !blank;
  }
  return words <= FIELD_WORDS;
}

function hasDigit(text: string, seg: Segment): boolean {
  for (let i = seg.start; i < seg.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Every pay amount or range in `text` (source 'text', evidence = its sentence). */
export function parseSalaryText(
  text: string,
  hints?: { context?: string; countryHint?: string | null },
): Salary[] {
  const page = readPageContext(hints?.context ?? text, hints?.countryHint);
  return findSalaries(text, { source: 'text', page }).map((f) => f.salary);
}
