import { describe, expect, it } from 'vitest';
import { findJobPostings, parseJsonLoose, repairJson } from '../../../lib/page/extract/jsonld';
import { fieldsFromJobPosting } from '../../../lib/page/extract/from-jsonld';
import { pageDoc } from '../../helpers/pages';

const withLd = (...blocks: string[]): Document =>
  pageDoc(
    `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`,
  );

describe('repairJson', () => {
  it.each([
    ['{"a": "line\none"}', { a: 'line\none' }],
    ['{"a": [1, 2,], }', { a: [1, 2] }],
    ['{"a": "comma, ]inside"}', { a: 'comma, ]inside' }],
    [
      '{"a": undefined, "b": [undefined], "c": "undefined", "undefinedX": 1}',
      { a: null, b: [null], c: 'undefined', undefinedX: 1 },
    ],
  ])('%j', (raw, want) => {
    expect(JSON.parse(repairJson(raw))).toEqual(want);
  });
  it('gives up on hopeless input without throwing', () => {
    expect(parseJsonLoose('{"a": ')).toBeNull();
  });
});

describe('findJobPostings', () => {
  it.each([
    ['plain', '{"@type": "JobPosting", "title": "A"}'],
    [
      '@graph',
      '{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "JobPosting", "title": "A"}]}',
    ],
    ['array', '[{"@type": "Organization"}, {"@type": "JobPosting", "title": "A"}]'],
    ['@type array', '{"@type": ["Thing", "JobPosting"], "title": "A"}'],
    ['full IRI', '{"@type": "http://schema.org/JobPosting", "title": "A"}'],
    ['mainEntity', '{"@type": "WebPage", "mainEntity": {"@type": "JobPosting", "title": "A"}}'],
    ['raw newline', '{"@type": "JobPosting", "title": "A", "description": "two\nlines"}'],
    ['trailing comma', '{"@type": "JobPosting", "title": "A",}'],
    ['CDATA', '<![CDATA[{"@type": "JobPosting", "title": "A"}]]>'],
    ['capitalised properties', '{"@type": "JobPosting", "Title": "A", "HiringOrganization": {"Name": "B"}}'],
  ])('finds the posting: %s', (_name, block) => {
    const found = findJobPostings(withLd(block));
    expect(found).toHaveLength(1);
    expect(found[0]?.['title']).toBe('A');
  });

  it('ignores other types and broken blocks', () => {
    expect(findJobPostings(withLd('{"@type": "Article"}', '{not json'))).toEqual([]);
  });
});

describe('fieldsFromJobPosting', () => {
  it('reads the title and the entity-escaped body; the rest is left to the background', () => {
    const f = fieldsFromJobPosting({
      '@type': 'JobPosting',
      title: 'Analyst',
      hiringOrganization: 'Globex',
      description: '&lt;p&gt;Hello &amp;amp; welcome&lt;/p&gt;',
      jobBenefits: 'Hybrid working: two days at home',
    });
    expect(f.title).toEqual({ value: 'Analyst', source: 'jsonld', evidence: 'Analyst' });
    expect(f.description?.value).toBe('Hello & welcome\nHybrid working: two days at home');
    expect(f.company).toBeUndefined();
  });
});
