import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../lib/analysis/analyse';
import { ToBackgroundSchema } from '../../../lib/model/messages';
import type { PageReading } from '../../../lib/model/reading';
import { readPage } from '../../../lib/page/read-page';
import { scan } from '../../../lib/scan';
import { findAdapter } from '../../../lib/page/sites';
import { DEFAULT_RATES } from '../../../lib/analysis/salary';
import { pageDoc } from '../../helpers/pages';
import { siteFixture, siteFixtureNames } from '../../helpers/sites';

// The content script reads the page and the background interprets what it read: the same Job
// must come out as from `scan`, which the CLI and the tests use, after the trip through a message.

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds/');
const PAGES: [name: string, html: string, url: string][] = [
  ...readdirSync(SEEDS).map((name): [string, string, string] => [
    `seeds/${name}`,
    readFileSync(SEEDS + name, 'utf8'),
    'https://www.remotewlb.com/jobs/seed',
  ]),
  ['pages/label-value.html', 'label-value.html', 'https://www.remotewlb.com/jobs/data-platform-engineer'],
  ['pages/jsonld-posting.html', 'jsonld-posting.html', 'https://boards.greenhouse.io/northwind/jobs/4410021'],
  ...siteFixtureNames().map((name): [string, string, string] => {
    const { html, url } = siteFixture(name);
    return [`sites/${name}`, html, url.href];
  }),
];

/** What crossing runtime.sendMessage does to a value: structured clone keeps plain data only. */
const overTheWire = <T>(value: T): T => structuredClone(value);

function readingOf(html: string, url: string): PageReading {
  const { reading } = readPage(pageDoc(html), new URL(url), findAdapter);
  if (!reading) throw new Error('not read as a posting');
  return reading;
}

const ON = { country: 'CA', subdivision: 'CA-ON', currency: 'CAD', minPay: null };

describe('a reading sent to the background', () => {
  it.each(PAGES)('%s: passes the schema and makes the same job as scan', (_name, html, url) => {
    const sent = ToBackgroundSchema.safeParse(
      overTheWire({ type: 'analyse', reading: readingOf(html, url) }),
    );
    expect(sent.data?.type).toBe('analyse');
    const answer = sent.data?.type === 'analyse' ? analyse(sent.data.reading, ON, DEFAULT_RATES) : null;
    expect(answer?.job).toEqual(scan(pageDoc(html), new URL(url)).job);
    expect(answer?.view?.verdict.status).toMatch(/^(eligible|not-eligible|unknown)$/);
  });

  it('keeps the job when a side fact is unreadable (a "closing date" that is a paragraph)', () => {
    const reading = readingOf('label-value.html', 'https://www.remotewlb.com/jobs/x');
    const long = { value: 'Applications close '.repeat(20), source: 'label' as const, evidence: 'x' };
    const answer = analyse(
      { ...reading, fields: { ...reading.fields, validThrough: long } },
      ON,
      DEFAULT_RATES,
    );
    expect(answer.job?.title).toBe(reading.fields.title?.value);
    expect(answer.job?.validThrough).toBeNull();
  });

  it('reads places from the heading as written, not only from the cleaned title', () => {
    const reading = readingOf('label-value.html', 'https://www.remotewlb.com/jobs/x');
    const title = {
      value: 'Frontend Developer',
      source: 'text' as const,
      evidence: 'LATAM - Frontend Developer',
    };
    const body = ['We build dashboards for clinics.'];
    const plain = { ...reading, fields: { title }, structured: {}, body, description: body[0] ?? '' };
    const { job } = analyse(plain, ON, DEFAULT_RATES);
    expect(job?.title).toBe('Frontend Developer');
    expect(job?.eligibility.regions).toContain('LATAM');
  });

  it('an employer the prose names also closes the heading', () => {
    const reading = readingOf('label-value.html', 'https://www.remotewlb.com/jobs/x');
    const title = { value: 'Desenvolvedor Java Pleno - Kelpware', source: 'text' as const, evidence: 'x' };
    const body = ['A Kelpware é uma empresa de software.'];
    const plain = { ...reading, fields: { title }, structured: {}, body, description: body[0] ?? '' };
    const { job } = analyse(plain, ON, DEFAULT_RATES);
    expect([job?.title, job?.company]).toEqual(['Desenvolvedor Java Pleno', 'Kelpware']);
  });

  it('answers with the problems when the reading makes no valid job', () => {
    const reading = readingOf('label-value.html', 'https://www.remotewlb.com/jobs/x');
    const untitled = { ...reading, fields: { ...reading.fields, title: undefined } };
    const answer = analyse(untitled, ON, DEFAULT_RATES);
    expect(answer.job).toBeNull();
    expect(answer.job ? [] : answer.problems).toContainEqual(expect.stringMatching(/^title/));
  });

  it.each<[string, (r: PageReading) => unknown]>([
    ['a javascript: page address', (r) => ({ ...r, url: 'javascript:alert(1)' })],
    ['more texts under the heading than a header holds', (r) => ({ ...r, header: Array(16).fill('x') })],
    ['a remote board that is not a name', (r) => ({ ...r, remoteBoard: { name: 'x' } })],
    [
      'a field from an unknown source',
      (r) => ({ ...r, fields: { title: { value: 'x', source: 'page', evidence: 'x' } } }),
    ],
    ['an oversized description', (r) => ({ ...r, description: 'x'.repeat(100_001) })],
    ['a body that is not a list of texts', (r) => ({ ...r, body: [{ text: 'x' }] })],
  ])('refuses %s', (_what, spoil) => {
    const reading = readingOf('label-value.html', 'https://www.remotewlb.com/jobs/x');
    expect(ToBackgroundSchema.safeParse({ type: 'analyse', reading: spoil(reading) }).success).toBe(false);
  });
});
