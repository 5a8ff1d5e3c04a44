import { describe, expect, it } from 'vitest';
import { readAdapter } from '../../../../lib/page/sites/read-adapter';
import {
  assignedJson,
  balancedJson,
  isoDate,
  isPlaceholderPay,
  payText,
  scriptJson,
} from '../../../../lib/page/sites/embedded';
import type { SiteAdapter } from '../../../../lib/page/sites';
import { linkedin } from '../../../../lib/page/sites/linkedin';
import { siteDoc } from '../../../helpers/sites';

const page = (script: string): Document =>
  siteDoc(`<html><body><h1>Job</h1><script>${script}</script></body></html>`);

describe('embedded app data', () => {
  it('cuts an object literal at its matching brace, braces in strings included', () => {
    const text = 'x = {"a":"} {","b":[1,{"c":"\\"}"}]}; y = 2;';
    expect(balancedJson(text, text.indexOf('{'))).toBe('{"a":"} {","b":[1,{"c":"\\"}"}]}');
  });

  it('gives nothing for a literal that never closes', () => {
    expect(balancedJson('{"a": [1, 2')).toBeUndefined();
    expect(balancedJson('not json')).toBeUndefined();
  });

  it('reads a global assigned in an inline script, with code after it', () => {
    const doc = page('window.__appData = {"posting":{"title":"T"}};window.__appData.more = {"x":1};');
    expect(assignedJson(doc, '__appData')).toEqual({ posting: { title: 'T' } });
  });

  it('does not take a longer name for the one asked', () => {
    const doc = page('window.my__appData = {"a":1}; other.__appData = {"b":2};');
    expect(assignedJson(doc, '__appData')).toBeUndefined();
  });

  it('ignores scripts loaded from elsewhere and broken JSON', () => {
    const doc = siteDoc(
      '<html><body><script src="/app.js">window._initialData = {"a":1};</script><script>window._initialData = {"a": nope};</script></body></html>',
    );
    expect(assignedJson(doc, '_initialData')).toBeUndefined();
  });

  it('reads a JSON script element', () => {
    const doc = siteDoc(
      '<html><body><script id="__NEXT_DATA__" type="application/json">{"props":{"a":1}}</script></body></html>',
    );
    expect(scriptJson(doc, 'script#__NEXT_DATA__')).toEqual({ props: { a: 1 } });
    expect(scriptJson(doc, 'script#missing')).toBeUndefined();
  });

  it('stays bounded on a huge unterminated literal', () => {
    const doc = page(`window._initialData = {"a":"${'x'.repeat(200_000)}`);
    const start = performance.now();
    expect(assignedJson(doc, '_initialData')).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('pay from app data', () => {
  it.each([
    [120000, 150000, 'USD', 'YEARLY', 'USD 120,000 - 150,000 per year'],
    ['$140,000', '$180,000', 'CAD', undefined, 'CAD 140,000 - 180,000'],
    [55, 55, 'EUR', 'hourly', 'EUR 55 per hour'],
    [null, 90000, 'GBP', 'year', 'up to GBP 90,000 per year'],
  ])('%s–%s %s %s → %s', (min, max, currency, period, want) => {
    expect(payText(min, max, currency, period)).toBe(want);
  });

  it.each([
    [0, 0],
    ['0', '0'],
    [null, null],
    [undefined, undefined],
    ['', 'n/a'],
  ])('placeholder %s/%s gives nothing', (min, max) => {
    expect(payText(min, max, 'USD', 'YEAR')).toBeUndefined();
  });

  it.each(['$0 - $0', '0/0', 'USD 0', 'Competitive'])('"%s" is a placeholder', (t) => {
    expect(isPlaceholderPay(t)).toBe(true);
  });

  it.each(['$0 - $50,000', '€85K', '$26.00/hr'])('"%s" is pay', (t) => {
    expect(isPlaceholderPay(t)).toBe(false);
  });

  it('reads epoch seconds and milliseconds alike', () => {
    expect(isoDate(1770076800)).toBe('2026-02-03T00:00:00.000Z');
    expect(isoDate(1770076800000)).toBe('2026-02-03T00:00:00.000Z');
    expect(isoDate('2026-02-03')).toBe('2026-02-03');
    expect(isoDate(-5)).toBeUndefined();
  });
});

describe('reading an adapter', () => {
  const doc = siteDoc(
    '<html><body><h1 class="t">Role</h1><a class="c"><img alt=""></a><a class="c">Acme</a></body></html>',
  );
  const url = new URL('https://example.com/jobs/1');

  it('fails soft when read() throws, keeping what the selectors found', () => {
    const adapter: SiteAdapter = {
      id: 'x',
      name: 'x',
      matches: ['*://example.com/*'],
      isPosting: () => true,
      fields: { title: ['.t'], company: ['::not a selector', '.c'] },
      read: () => {
        throw new Error('boom');
      },
    };
    const found = readAdapter(adapter, doc, url);
    expect(found.title).toEqual({ value: 'Role', source: 'adapter', evidence: 'Role' });
    expect(found.company?.value).toBe('Acme'); // the empty logo link is passed over
  });

  it('keeps only known fields from read(), as the adapter’s', () => {
    const adapter: SiteAdapter = {
      id: 'x',
      name: 'x',
      matches: ['*://example.com/*'],
      isPosting: () => true,
      read: () =>
        ({
          title: { value: 'From data', source: 'jsonld', evidence: '' },
          company: { value: '  ', source: 'adapter', evidence: '' },
          bogus: { value: 'x', source: 'adapter', evidence: 'x' },
        }) as never,
    };
    expect(readAdapter(adapter, doc, url)).toEqual({
      title: { value: 'From data', source: 'adapter', evidence: 'From data' },
    });
  });
});

describe('links from page data', () => {
  it('are only ever http(s)', () => {
    const doc = siteDoc(
      '<html><body><h1 class="top-card-layout__title">Role</h1><code id="applyUrl"><!--"javascript:alert(1)"--></code></body></html>',
    );
    const url = new URL('https://www.linkedin.com/jobs/view/4011223344/');
    expect(readAdapter(linkedin, doc, url).applyUrl).toBeUndefined();
  });
});
