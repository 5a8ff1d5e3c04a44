import { describe, expect, it } from 'vitest';
import { chipsFor } from '../../../lib/analysis/cards';
import { DEFAULT_RATES, type RateTable } from '../../../lib/analysis/salary';
import { yearlyLine } from '../../../lib/analysis/view';
import type { CardText } from '../../../lib/model/messages';
import type { Profile, Salary, VerdictStatus } from '../../../lib/model/types';

// A search-results list's job cards, judged by the engines the posting panel uses: the card's
// location as a posting's location line, its title as a posting's heading, its pay as a labelled
// pay field.

const QC: Profile = { country: 'CA', subdivision: 'CA-QC', currency: 'CAD', minPay: null };
const ON: Profile = { country: 'CA', subdivision: 'CA-ON', currency: 'CAD', minPay: null };
const DE: Profile = { country: 'DE', subdivision: null, currency: 'EUR', minPay: null };
const TX: Profile = { country: 'US', subdivision: 'US-TX', currency: 'USD', minPay: null };
const PROFILES = { QC, ON, DE, TX };
type Who = keyof typeof PROFILES;

const E = 'eligible',
  N = 'not-eligible',
  U = 'unknown';

const chip = (card: Omit<CardText, 'id'>, profile: Profile = QC) => {
  const [one] = chipsFor([{ id: 'c1', ...card }], profile, DEFAULT_RATES);
  if (!one) throw new Error('no chip');
  return one;
};

describe('a card’s location, for each person', () => {
  // location, the reason the card's words give (null: none decided), then the verdict for each person.
  const TABLE: [string, string | null, Partial<Record<Who, VerdictStatus>>][] = [
    ['United States (Remote)', 'United States (Remote)', { QC: N, DE: N, TX: E }],
    ['USA Only', 'USA Only', { QC: N, DE: N, TX: E }],
    ['🌏 Worldwide', 'Worldwide', { QC: E, DE: E, TX: E }],
    ['Anywhere in the World', 'Anywhere in the World', { QC: E, DE: E, TX: E }],
    ['LATAM', 'LATAM', { QC: N, DE: N, TX: N }],
    [
      'Remote - Canada (excluding Quebec)',
      'Remote - Canada (excluding Quebec)',
      { QC: N, ON: E, DE: N, TX: N },
    ],
    ['🇪🇺 Europe', 'Europe', { QC: N, DE: E, TX: N }],
    ['Remote - Americas', 'Remote - Americas', { QC: E, DE: N, TX: E }],
    ['Noida (Hybrid)', 'Noida (Hybrid)', { QC: N, DE: N, TX: N }],
    [
      'Zurich, Zurich, Switzerland (On-site)',
      'Zurich, Zurich, Switzerland (On-site)',
      { QC: N, DE: N, TX: N },
    ],
    ['Berlin, Germany', 'Berlin, Germany', { QC: N, DE: E, TX: N }],
    // Names no place: the card does not say where, so nothing decided.
    ['2 Locations', null, { QC: U, DE: U, TX: U }],
    ['Multiple locations', null, { QC: U, DE: U, TX: U }],
    ['See locations', null, { QC: U, DE: U, TX: U }],
    ['Remote', null, { QC: U, DE: U, TX: U }],
    ['', null, { QC: U, DE: U, TX: U }],
  ];
  const ROWS = TABLE.flatMap(([location, reason, verdicts]) =>
    Object.entries(verdicts).map(([who, verdict]) => [location, who as Who, verdict, reason] as const),
  );

  it.each(ROWS)('%j for %s → %s', (location, who, verdict, reason) => {
    expect(chip({ location }, PROFILES[who])).toMatchObject({ id: 'c1', verdict, reason });
  });

  it('is unknown, with no reason, when the card has no location', () => {
    expect(chip({ title: 'Backend Engineer', company: 'Acme' })).toEqual({
      id: 'c1',
      verdict: U,
      reason: null,
      pay: null,
      yearly: null,
      saved: null,
      lastSeen: null,
      repostOf: null,
      company: null,
    });
  });

  it('keeps the card’s own words, which the card shows whole', () => {
    for (const [location, reason] of TABLE) if (reason) expect(location).toContain(reason);
  });
});

describe('a card’s title, read as a posting’s heading', () => {
  it.each<[CardText['title'], CardText['location'], Who, VerdictStatus, string | null]>([
    ['Backend Engineer (Remote, US)', undefined, 'TX', E, 'Remote, US'],
    ['Backend Engineer (Remote, US)', undefined, 'QC', N, 'Remote, US'],
    ['LATAM - Frontend Developer', undefined, 'QC', N, 'LATAM'],
    ['Engineer (Remote, Canada)', 'Remote', 'QC', E, 'Remote, Canada'],
    // A team's territory is not where applicants live.
    ['Customer Success Manager, APAC', undefined, 'QC', U, null],
    ['Backend Engineer', 'Berlin, Germany', 'DE', E, 'Berlin, Germany'],
  ])('%j at %j for %s → %s', (title, location, who, verdict, reason) => {
    expect(chip({ title, location }, PROFILES[who])).toMatchObject({ verdict, reason });
  });
});

describe('a card’s pay', () => {
  // Rates of our own, so the lines stay the same when the built-in table is refreshed.
  const RATES: RateTable = { date: '2030-01-01', base: 'USD', rates: { USD: 1, EUR: 0.5 } };
  const pay = (text: string, profile: Profile, rates = RATES) =>
    chipsFor([{ id: 'p', pay: text }], profile, rates)[0];

  // pay text, the pay as written, then the ≈ yearly line for a person paid in euros and one in dollars.
  it.each<[string, string | null, string | null, string | null]>([
    ['$80k - $120k', '$80k - $120k', '≈ €40,000–€60,000 a year', null],
    ['💰 $70k - $120k', '$70k - $120k', '≈ €35,000–€60,000 a year', null],
    ['€60k–75k', '€60k–75k', null, '≈ US$120,000–US$150,000 a year'],
    ['$40 - $55 an hour', '$40 - $55 an hour', '≈ €41,600–€57,200 a year', '≈ US$83,200–US$114,400 a year'],
    ['401k', null, null, null],
    ['$10B raised', null, null, null],
    ['', null, null, null],
  ])('%j → %j', (text, written, inEuros, inDollars) => {
    expect(pay(text, DE)).toMatchObject({ pay: written, yearly: inEuros });
    expect(pay(text, TX)).toMatchObject({ pay: written, yearly: inDollars });
  });

  it('is the panel’s own ≈ line, at the built-in rates', () => {
    const salary: Salary = {
      min: 40,
      max: 55,
      currency: 'USD',
      period: 'hour',
      periodInferred: false,
      source: 'adapter',
      flags: [],
      raw: '$40 - $55 an hour',
      evidence: '$40 - $55 an hour',
    };
    const line = pay('$40 - $55 an hour', DE, DEFAULT_RATES)?.yearly;
    expect(line).toBe(yearlyLine(salary, DE, DEFAULT_RATES));
    expect(line).toMatch(/^≈ €[\d,]+–€[\d,]+ a year$/);
  });

  it('reads a bare "$" as the dollar of the one country the card names', () => {
    const rates: RateTable = { ...RATES, rates: { ...RATES.rates, CAD: 1.25 } };
    const [toronto] = chipsFor([{ id: 't', location: 'Toronto, ON, Canada', pay: '$80k' }], DE, rates);
    expect(toronto).toMatchObject({ pay: '$80k', yearly: '≈ €32,000 a year' });
  });
});

describe('a card on a board that lists remote jobs only', () => {
  // As a posting's reading with `remoteBoard`: a province alone is then the rule, not an office.
  it.each<[string | null, Who, VerdictStatus]>([
    ['We Work Remotely', 'QC', N],
    ['We Work Remotely', 'ON', E],
  ])('"Ontario" on %s for %s → %s', (remoteBoard, who, verdict) => {
    const [one] = chipsFor([{ id: 'r', location: 'Ontario' }], PROFILES[who], DEFAULT_RATES, remoteBoard);
    expect(one).toMatchObject({ verdict, reason: 'Ontario' });
  });
});

describe('a list of cards', () => {
  it('answers one chip per card, in the cards’ order', () => {
    const cards: CardText[] = [
      { id: 'a', location: 'Berlin, Germany', pay: '€60k–75k' },
      { id: 'b', location: 'USA Only' },
      { id: 'c', location: '2 Locations' },
    ];
    expect(chipsFor(cards, DE, DEFAULT_RATES)).toEqual([
      {
        id: 'a',
        verdict: E,
        reason: 'Berlin, Germany',
        pay: '€60k–75k',
        yearly: null,
        saved: null,
        lastSeen: null,
        repostOf: null,
        company: null,
      },
      {
        id: 'b',
        verdict: N,
        reason: 'USA Only',
        pay: null,
        yearly: null,
        saved: null,
        lastSeen: null,
        repostOf: null,
        company: null,
      },
      {
        id: 'c',
        verdict: U,
        reason: null,
        pay: null,
        yearly: null,
        saved: null,
        lastSeen: null,
        repostOf: null,
        company: null,
      },
    ]);
    expect(chipsFor([], DE, DEFAULT_RATES)).toEqual([]);
  });

  it('answers unknown for a person who has not said where they live', () => {
    const nobody: Profile = { country: null, subdivision: null, currency: 'USD', minPay: null };
    expect(chip({ location: 'USA Only' }, nobody)).toMatchObject({ verdict: U, reason: null });
  });
});

describe('a card read by its lines', () => {
  it('tells back the employer its lines name, for the page to hide by; a card that named one keeps it', () => {
    const lines = [['Loomwork • USA Only', 'Loomwork', 'USA Only'], ['2 days ago']];
    expect(chip({ title: 'Backend Engineer', lines }).company).toBe('Loomwork');
    expect(chip({ title: 'Backend Engineer', company: 'Acme', lines }).company).toBeNull();
  });
});
