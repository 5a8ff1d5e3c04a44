import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCards } from '../../../lib/page/cards';
import { remoteok } from '../../../lib/page/sites/remoteok';
import { weworkremotely } from '../../../lib/page/sites/weworkremotely';
import type { SiteAdapter } from '../../../lib/page/sites/types';
import { matchesPattern } from '../../../lib/access/match-pattern';

// Each board's list part on a list page of ours in the board's structure (test/fixtures/lists/).

function listPage(name: string): { doc: Document; url: URL } {
  const html = readFileSync(join(import.meta.dirname, '../../fixtures/lists', name), 'utf8');
  const url = new URL(/<!-- url: (\S+) -->/.exec(html)?.[1] ?? 'about:blank');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { doc, url };
}

const cardsOf = (adapter: SiteAdapter, name: string) => {
  const { doc } = listPage(name);
  return readCards(doc, adapter.list!).map((c) => ({ id: c.id, ...c.parts, anchor: c.anchor?.textContent }));
};

describe('job cards on list pages', () => {
  it.each([
    [remoteok, 'remoteok.html'],
    [weworkremotely, 'weworkremotely.html'],
  ] as const)(
    '%s: its list pattern covers the fixture page, and no posting pattern does',
    (adapter, name) => {
      const { url } = listPage(name);
      expect(adapter.list?.matches.some((m) => matchesPattern(m, url))).toBe(true);
      expect(adapter.isPosting(url)).toBe(false);
    },
  );

  it('Remote OK: every row, its places and pay apart, an estimated pay left out', () => {
    expect(cardsOf(remoteok, 'remoteok.html')).toEqual([
      {
        id: '1085001',
        title: 'Backend Engineer',
        company: 'Tidepool',
        location: 'United States',
        pay: '$120k - $150k',
        anchor: '💰 $120k - $150k',
      },
      {
        id: '1085002',
        title: 'Data Engineer',
        company: 'Larchmont',
        location: 'Worldwide',
        pay: undefined,
        anchor: '💰 $70k - $120k*',
      },
      {
        id: '1085003',
        title: 'Frontend Developer',
        company: 'Quaystone',
        location: 'Europe; Latin America',
        pay: '€60k - €75k',
        anchor: '💰 €60k - €75k',
      },
    ]);
  });

  it('We Work Remotely: ads left out, the region chips apart from the type and pay, the headquarters never a place', () => {
    expect(cardsOf(weworkremotely, 'weworkremotely.html')).toEqual([
      {
        id: '/remote-jobs/harrowgate-senior-rails-developer',
        title: 'Senior Rails Developer',
        company: 'Harrowgate',
        location: 'USA Only',
        pay: '$100,000 or more USD',
        anchor: 'USA Only',
      },
      {
        id: '/remote-jobs/velvetine-elixir-engineer',
        title: 'Elixir Engineer',
        company: 'Velvetine',
        location: 'Anywhere in the World',
        pay: undefined,
        anchor: 'Anywhere in the World',
      },
    ]);
  });

  it('a card shown twice, or hidden from everyone, is read once', () => {
    const { doc } = listPage('remoteok.html');
    const rows = doc.querySelectorAll('tr.job');
    const copy = rows[0]?.cloneNode(true) as Element;
    rows[0]?.parentElement?.append(copy);
    const hidden = rows[1] as Element;
    hidden.setAttribute('aria-hidden', 'true');
    expect(readCards(doc, remoteok.list!).map((c) => c.id)).toEqual(['1085001', '1085003']);
  });
});
