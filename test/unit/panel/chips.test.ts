import { describe, expect, it } from 'vitest';
import type { CardChip } from '../../../lib/model/messages';
import { chipTooltip, createChip, historyLine } from '../../../lib/panel/chips';

// A card's chip: what it says, in its own shadow root, page text only as text.

const DEC_3 = Date.UTC(2026, 11, 3, 12);
const OCT_12 = Date.UTC(2026, 9, 12, 12);
const base: CardChip = {
  id: '1',
  verdict: 'not-eligible',
  reason: 'USA Only',
  pay: '$100,000 or more USD',
  yearly: '≈ €86k a year',
  saved: null,
  lastSeen: null,
  repostOf: null,
  company: null,
};
const shown = (chip: CardChip): string =>
  createChip(document, chip).shadowRoot?.querySelector('.chip')?.textContent ?? '';

describe('a card chip', () => {
  it.each<[string, Partial<CardChip>, string]>([
    ['the verdict and the pay a year in the user’s currency', {}, '✗≈ €86k a year'],
    ['the card’s own pay when already a year in their currency', { yearly: null }, '✗$100,000 or more USD'],
    ['no pay when the card shows none', { yearly: null, pay: null, verdict: 'eligible' }, '✓'],
    ['the saved status', { saved: 'applied', verdict: 'unknown', yearly: null, pay: null }, '?Applied'],
  ])('shows %s', (_what, over, text) => {
    expect(shown({ ...base, ...over })).toBe(text);
  });

  it.each<[string, Partial<CardChip>, string | null]>([
    ['a posting opened before', { lastSeen: DEC_3 }, 'Seen Dec 3'],
    [
      'a repost, whatever else',
      { lastSeen: DEC_3, repostOf: OCT_12, saved: 'saved' },
      'Reposted, first seen Oct 12',
    ],
    ['a saved job says its status, not when it was seen', { lastSeen: DEC_3, saved: 'saved' }, null],
    ['nothing of a posting never opened', {}, null],
  ])('history: %s', (_what, over, line) => {
    expect(historyLine({ ...base, ...over })?.replace(/\u202f/g, ' ') ?? null).toBe(line);
  });

  it('says in its tooltip what the card wrote that decided, and the saved status', () => {
    expect(chipTooltip({ ...base, saved: 'interviewing' })).toBe(
      'Not open to you: “USA Only”. In your saved jobs: Interviewing',
    );
  });

  it('keeps page text as text and offers to hide the company', () => {
    let hidden = 0;
    const host = createChip(
      document,
      { ...base, reason: '<img src=x onerror=alert(1)>' },
      {
        name: 'Acme <b>Inc</b>',
        hide: () => void hidden++,
      },
    );
    const root = host.shadowRoot;
    expect(root?.querySelector('img, b')).toBeNull();
    const button = root?.querySelector('button.hide') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Hide jobs from Acme <b>Inc</b>');
    button.click();
    expect(hidden).toBe(1);
    expect(host.dataset['verdict']).toBe('not-eligible');
  });
});
