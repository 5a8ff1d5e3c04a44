import { describe, expect, it } from 'vitest';
import { CARD_TEXT, MAX_CARDS } from '../../../lib/model/reading';
import { readCards } from '../../../lib/page/cards';
import { remoteokList } from '../../../lib/page/lists/remoteok';
import { weworkremotelyList } from '../../../lib/page/lists/weworkremotely';
import { itReadsListFixture, listPage } from '../../helpers/lists';

// The card reader, and the list parts of the remote boards (other boards: test/unit/page/lists/).

describe('Remote OK results', () => {
  // every row, its places and pay apart, an estimated pay left out
  itReadsListFixture(remoteokList, 'remoteok.html', [
    {
      id: '1085001',
      title: 'Backend Engineer',
      company: 'Acme Robotics',
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

describe('We Work Remotely results', () => {
  // ads left out, the region chips apart from the type and pay, the headquarters never a place
  itReadsListFixture(weworkremotelyList, 'weworkremotely.html', [
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

describe('the card reader', () => {
  it('reads a card shown twice once, and none the page hides from everyone', () => {
    const { doc } = listPage('remoteok.html');
    const rows = doc.querySelectorAll('tr.job');
    rows[0]?.parentElement?.append(rows[0].cloneNode(true));
    (rows[1] as Element).setAttribute('aria-hidden', 'true');
    expect(readCards(doc, remoteokList).map((c) => c.id)).toEqual(['1085001', '1085003']);
  });

  it('cuts each text to what the message carries, and reads at most a message of cards', () => {
    const { doc } = listPage('remoteok.html');
    const row = doc.querySelector('tr.job[data-id="1085001"]') as Element;
    (row.querySelector('h2') as Element).textContent = 'Engineer '.repeat(100);
    const body = row.parentElement as Element;
    for (let i = 0; i < 250; i++) {
      const copy = row.cloneNode(true) as Element;
      copy.setAttribute('data-id', String(3000000 + i));
      body.append(copy);
    }
    const cards = readCards(doc, remoteokList);
    expect(cards).toHaveLength(MAX_CARDS);
    expect(cards[0]?.parts.title).toHaveLength(CARD_TEXT.title);
  });

  it('puts the chip after the title when a card names no place', () => {
    const { doc } = listPage('remoteok.html');
    for (const tag of doc.querySelectorAll('tr.job[data-id="1085001"] .location')) tag.remove();
    const card = readCards(doc, remoteokList)[0];
    expect(card?.parts.location).toBeUndefined();
    expect(card?.anchor?.textContent).toBe('Backend Engineer');
  });
});
