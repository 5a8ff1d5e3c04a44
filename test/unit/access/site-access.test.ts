import { describe, expect, it } from 'vitest';
import { ADAPTER_MATCHES } from '../../../lib/page/sites';
import {
  originPattern,
  patternFromInput,
  planScripts,
  scriptIdFor,
  siteHost,
  userSites,
} from '../../../lib/access/site-access';

describe('originPattern', () => {
  it.each([
    ['https://careers.acme.com/jobs/42?ref=x', '*://careers.acme.com/*'],
    ['http://careers.northwind.example:8080/a', '*://careers.northwind.example/*'],
    ['https://127.0.0.1/', '*://127.0.0.1/*'],
    ['chrome://extensions', null],
    ['about:blank', null],
    ['file:///home/me/job.html', null],
    ['moz-extension://abc/popup.html', null],
    ['not a url', null],
  ])('%s → %s', (url, want) => expect(originPattern(url)).toBe(want));
});

describe('patternFromInput', () => {
  it.each([
    ['careers.acme.com', '*://careers.acme.com/*'],
    ['  https://careers.acme.com/jobs  ', '*://careers.acme.com/*'],
    ['http://jobs.example.org', '*://jobs.example.org/*'],
    ['', null],
    ['two words', null],
    ['ftp://files.example.org', null],
  ])('%j → %s', (input, want) => expect(patternFromInput(input)).toBe(want));
});

describe('siteHost', () => {
  it.each([
    ['*://careers.acme.com/*', 'careers.acme.com'],
    ['*://*.remotewlb.com/*', null],
    ['*://boards.greenhouse.io/jobs/*', null],
    ['<all_urls>', null],
    ['*://*/*', null],
  ])('%s → %s', (pattern, want) => expect(siteHost(pattern)).toBe(want));
});

describe('userSites', () => {
  it('keeps the sites the user enabled and drops the built-in boards', () => {
    const granted = [
      '*://*.remotewlb.com/*', // a board, as Chromium reports the manifest's matches
      '*://boards.greenhouse.io/*', // a board of the same shape as an enabled site
      '*://*.linkedin.com/*', // a board reported by origin
      '*://careers.acme.com/*',
      '*://careers.acme.com/*',
      '*://jobs.beta.example/*',
    ];
    expect(userSites(granted, ADAPTER_MATCHES)).toEqual([
      '*://careers.acme.com/*',
      '*://jobs.beta.example/*',
    ]);
  });

  it.each([[['*://*/*']], [['<all_urls>']], [['https://careers.acme.com/jobs/*']]])(
    'ignores grants of any other shape: %j',
    (granted) => expect(userSites(granted, ADAPTER_MATCHES)).toEqual([]),
  );
});

describe('planScripts', () => {
  const acme = '*://careers.acme.com/*';
  const beta = '*://jobs.beta.example/*';
  it.each([
    { name: 'registers a new site', registered: [], enabled: [acme], register: [acme], unregister: [] },
    {
      name: 'unregisters a revoked site',
      registered: [{ id: scriptIdFor(acme) }],
      enabled: [],
      register: [],
      unregister: [scriptIdFor(acme)],
    },
    {
      name: 'leaves a registered, still enabled site alone',
      registered: [{ id: scriptIdFor(acme) }],
      enabled: [acme, beta],
      register: [beta],
      unregister: [],
    },
    {
      name: 'never touches scripts it did not register',
      registered: [{ id: 'someone-else' }],
      enabled: [],
      register: [],
      unregister: [],
    },
  ])('$name', ({ registered, enabled, register, unregister }) => {
    expect(planScripts(registered, enabled)).toEqual({ register, unregister });
  });
});
