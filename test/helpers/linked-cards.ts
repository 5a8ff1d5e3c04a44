import { expect, it } from 'vitest';
import { chipsFor } from '../../lib/analysis/cards';
import { DEFAULT_RATES } from '../../lib/analysis/salary';
import { readCards } from '../../lib/page/cards';
import type { ListParts } from '../../lib/page/sites/types';
import type { Profile, VerdictStatus } from '../../lib/model/types';
import { listPage } from './lists';

// A list whose cards are found from their links (ListParts.postingLink) says which of its texts are
// places and pay by their words alone: what the chips say, card by card, for one person.

export interface ChipExpectation {
  title: string | undefined;
  verdict: VerdictStatus;
  reason: string | null;
  pay: string | null;
}

export function itJudgesListFixture(
  list: ListParts,
  name: string,
  who: Profile,
  want: ChipExpectation[],
): void {
  it(`${name}: the chips for a person in ${who.subdivision ?? who.country}`, () => {
    const cards = readCards(listPage(name).doc, list);
    const sent = cards.map((c) => ({ id: c.id, url: c.url, ...c.parts }));
    const chips = chipsFor(sent, who, DEFAULT_RATES, list.remoteBoard ?? null);
    expect(
      chips.map((chip, i) => ({
        title: cards[i]?.parts.title,
        verdict: chip.verdict,
        reason: chip.reason,
        pay: chip.pay,
      })),
    ).toEqual(want);
  });
}
