// A results page of 100 job cards: the content script's part (reading the cards, making the chips)
// and the background's (judging them), as issue 18 asks. Run with `npm run bench -- cards`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chipsFor } from '../lib/analysis/cards';
import { DEFAULT_RATES } from '../lib/analysis/salary/rates';
import type { CardText } from '../lib/model/messages';
import type { Profile } from '../lib/model/types';
import { readCards } from '../lib/page/cards';
import { remoteokList } from '../lib/page/lists/remoteok';
import { createChip } from '../lib/panel/chips';
import { benchmark, type Suite } from './harness';
import { close, open, page, type Opened } from './pages';

const CARDS = 100;
const PERSON: Profile = { country: 'DE', subdivision: null, currency: 'EUR', minPay: null };

/** Our Remote OK list page with its three rows repeated to 100 (ids made unique). */
function hundredCards(): string {
  const html = readFileSync(join(import.meta.dirname, '../test/fixtures/lists/remoteok.html'), 'utf8');
  const rows = [...html.matchAll(/<tr class="job [\s\S]*?<\/tr>/g)].map((m) => m[0]);
  const many = Array.from({ length: CARDS }, (_, i) =>
    (rows[i % rows.length] ?? '').replace(/1085\d{3}/g, String(2000000 + i)),
  );
  return html.replace(/<tbody>[\s\S]*<\/tbody>/, `<tbody>${many.join('\n')}</tbody>`);
}

export const cardsSuite: Suite = {
  name: 'cards',
  note: `cards: a Remote OK results page of ${CARDS} cards; "read" is the list script's reading of every card, "chips" making their ${CARDS} chips, "judge" the background's answer for a person in Germany.`,
  prepare: () => {
    const list = page(
      'lists/remoteok.html ×100',
      hundredCards(),
      new URL('https://remoteok.com/remote-dev-jobs'),
    );
    const sample = open([list]);
    const texts: CardText[] = readCards(sample.docs[0] as Document, remoteokList).map((c) => ({
      id: c.id,
      ...c.parts,
    }));
    void close(sample);
    return [
      benchmark<Opened>({
        name: `cards: read ${CARDS} cards (content script)`,
        setup: () => open([list]),
        run: ({ docs }) => void readCards(docs[0] as Document, remoteokList),
        teardown: close,
      }),
      benchmark<Opened>({
        name: `cards: make ${CARDS} chips (content script)`,
        setup: () => open([list]),
        run: ({ docs }) => {
          const doc = docs[0] as Document;
          for (const t of texts)
            createChip(doc, {
              id: t.id,
              verdict: 'eligible',
              reason: t.location ?? null,
              pay: null,
              yearly: '≈ €80k a year',
              saved: null,
              lastSeen: null,
              repostOf: null,
              company: null,
            });
        },
        teardown: close,
      }),
      benchmark({
        name: `cards: judge ${CARDS} cards (background)`,
        run: () => void chipsFor(texts, PERSON, DEFAULT_RATES, 'Remote OK'),
      }),
    ];
  },
};
