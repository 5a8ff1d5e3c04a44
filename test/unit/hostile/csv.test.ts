import { describe, expect, it } from 'vitest';
import { scan } from '../../../lib/scan';
import { sampleJob } from '../../helpers/jobs';
import { escapeHtml, hostileDoc, PAGE_URL, postingBody } from '../../helpers/hostile-pages';
import { checkCsv } from './surfaces';

// Formula injection: a cell a spreadsheet would run (= + - @, tab, CR first) is written as text.

const FORMULAS = [
  '=HYPERLINK("https://evil.example","Apply")',
  '+1+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
];

describe('CSV export of page text', () => {
  it.each(FORMULAS)('%j in every text field is neutralised', (formula) => {
    checkCsv(sampleJob({ title: formula, company: formula, locationText: formula, postingId: formula }));
  });

  it('a formula as the heading of a scanned page', () => {
    const heading = escapeHtml('=HYPERLINK("https://evil.example","Platform Engineer")');
    const { job } = scan(
      hostileDoc({ title: heading, body: postingBody({ heading, company: '@Northwind' }) }),
      PAGE_URL,
    );
    if (!job) throw new Error('no job read');
    expect(job.title.startsWith('=')).toBe(true);
    checkCsv(job);
  });
});
