import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTER_MATCHES, ADAPTERS } from '../../../../lib/page/sites';
import { POSTING_IDS } from '../../../../lib/page/sites/posting-ids';
import { fixtureSite, siteDoc, siteFixture, siteFixtureNames } from '../../../helpers/sites';

// A match pattern as the extension platforms accept it: scheme, host (optionally "*." + domain), path.
const MATCH_PATTERN = /^(?:\*|https?):\/\/(?:\*\.)?[a-z0-9.-]+\/[^\s]*$/;

describe('site adapters', () => {
  const ids = ADAPTERS.map((a) => a.id);

  // Every selector is valid CSS: the page watcher joins the title selectors into one query
  // (lib/page/page-watch.ts), where one bad selector would spoil them all.
  it.each(
    ADAPTERS.flatMap((a) =>
      Object.values(a.fields ?? {})
        .flat()
        .map((sel) => [a.id, sel] as const),
    ),
  )('%s: %s is a valid selector', (_id, selector) => {
    expect(() => document.querySelector(selector)).not.toThrow();
  });

  it('have unique ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('each have a fixture page', () => {
    const sites = new Set(siteFixtureNames().map(fixtureSite));
    expect(ids.filter((id) => !sites.has(id))).toEqual([]);
  });

  it.each(ids)('%s has its own test file: its addresses and each of its fixtures', (id) => {
    const file = join(import.meta.dirname, `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const fixtures = siteFixtureNames().filter((name) => fixtureSite(name) === id);
    expect(fixtures.filter((name) => !text.includes(`itReadsFixture('${name}'`))).toEqual([]);
    expect(text).toContain(`itKnowsUrls('${id}'`);
  });

  it('each fixture belongs to an adapter and says where it is served from', () => {
    for (const name of siteFixtureNames()) {
      expect(ids, name).toContain(fixtureSite(name));
      expect(() => siteFixture(name), name).not.toThrow();
    }
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))(
    '%s has specific, valid match patterns',
    (_id, adapter) => {
      expect(adapter.matches.length).toBeGreaterThan(0);
      for (const m of adapter.matches) {
        expect(m).toMatch(MATCH_PATTERN);
        expect(m).not.toMatch(/^[^:]+:\/\/\*\//); // never every host
      }
    },
  );

  it('name an adapter for every posting-id reader saved jobs use', () => {
    expect(POSTING_IDS.map(([site]) => site).filter((site) => !ids.includes(site))).toEqual([]);
  });

  it('union into the content script matches', () => {
    expect(ADAPTER_MATCHES).toEqual(ADAPTERS.flatMap((a) => a.matches));
  });

  it('list LinkedIn job pages only, not all of linkedin.com', () => {
    expect(ADAPTERS.find((a) => a.id === 'linkedin')?.matches).toEqual(['*://*.linkedin.com/jobs/*']);
  });
});

// Pages that break every assumption an adapter's read() makes: it must still return, not throw.
const HOSTILE = [
  '',
  '<html><body><h1></h1></body></html>',
  `<html><body>
    <script>window.__appData = null; window._initialData = {"jobKey": {"nested": true}, "jobInfoWrapperModel": [1, 2]};</script>
    <script>window.__remixContext = {"state": {"loaderData": {"routes/$url_token_.jobs_.$job_post_id": {"jobPostId": [], "jobPost": "x"}}}};</script>
    <script>window.__APOLLO_STATE__ = {"data": {"JobListing:1": null}};</script>
    <script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"apolloState": [null]}}}</script>
    <code id="bpr-guid-1">{"included": [null, 1, {"entityUrn": 5}]}</code>
    <code id="bpr-guid-2">{"included": "oops</code>
    <table><tr class="job"><td><div class="location"></div></td></tr></table>
    <code id="applyUrl"><!--"javascript:alert(1)"--></code>
  </body></html>`,
];

describe.each(siteFixtureNames().map((name) => [name] as const))('read() of the adapter of %s', (name) => {
  const { url } = siteFixture(name);
  const adapter = ADAPTERS.find((a) => a.id === fixtureSite(name));

  it.each(HOSTILE.map((html, i) => [i, html] as const))('does not throw on hostile page %i', (_i, html) => {
    expect(() => adapter?.read?.(siteDoc(html), url)).not.toThrow();
  });
});
