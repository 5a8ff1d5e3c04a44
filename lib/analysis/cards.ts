import { companyOf, payOf, placesOf } from './card-lines';
import { readEligibility, verdictFor } from './eligibility';
import { countryHintOf, locationLine } from './interpret';
import { pickSalary, type RateTable } from './salary';
import { yearlyLine } from './view';
import { resolveWorkplace } from './workplace';
import type { CardChip, CardText } from '../model/messages';
import type { Field, Profile } from '../model/types';

// The chips on the job cards of a search-results list: each card's short texts read by the engines
// the posting panel uses, as a posting's title, location line and labelled pay would be. A card has
// no body, so what its texts do not say stays unknown.

/** A card's text as the engines take a field the page shows. */
const shown = (value: string | null): Field<string> | undefined =>
  value ? { value, source: 'adapter', evidence: value } : undefined;

function chipFor(sent: CardText, profile: Profile, rates: RateTable, remoteBoard: string | null): CardChip {
  // a card found from its link says which texts are places and pay by their words only
  const card = sent.lines
    ? {
        ...sent,
        location: sent.location ?? placesOf(sent.lines),
        pay: sent.pay ?? payOf(sent.lines),
        company: sent.company ?? companyOf(sent.lines, sent.title),
      }
    : sent;
  const location = card.location ? locationLine(card.location) : null;
  const title = card.title || null;
  const fields = { locationText: shown(location), title: shown(title) };
  const workplace = resolveWorkplace({ fields, header: [], body: [], remoteBoard });
  const eligibility = readEligibility({
    title,
    locationText: location,
    workplace: workplace?.value ?? 'unknown',
    blocks: [],
  });
  const verdict = verdictFor(eligibility, profile);
  const salary = card.pay
    ? pickSalary({
        labelled: [{ text: card.pay, source: 'adapter', label: 'salary' }],
        blocks: [],
        context: card.pay,
        countryHint: countryHintOf(eligibility),
      }).salary
    : null;
  return {
    id: card.id,
    verdict: verdict.status,
    reason: verdict.evidence,
    pay: salary?.raw ?? null,
    yearly: salary ? yearlyLine(salary, profile, rates) : null,
    // the saved jobs and the user's history are the store's to say (lib/dispatch.ts)
    saved: null,
    lastSeen: null,
    repostOf: null,
    // told back where the card's lines named it: the page's hide-company button needs it
    company: sent.company ? null : (card.company ?? null),
  };
}

/** One chip per card, in the cards' order: the verdict for `profile` and the pay in its currency.
 * On a board that lists remote jobs only (`remoteBoard`), every card is a remote job. */
export function chipsFor(
  cards: CardText[],
  profile: Profile,
  rates: RateTable,
  remoteBoard: string | null = null,
): CardChip[] {
  return cards.map((card) => chipFor(card, profile, rates, remoteBoard));
}
