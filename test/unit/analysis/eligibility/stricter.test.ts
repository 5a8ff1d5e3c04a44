import { describe, expect, it } from 'vitest';
import { readEligibility, verdictFor } from '../../../../lib/analysis/eligibility';

// When the badge and the body disagree, the stricter reading wins and both stay visible.
describe('badge vs body', () => {
  it.each([
    ['Remote - Canada', 'This role is open to US residents only.', 'CA', 'not-eligible'],
    ['Remote - Canada', 'This role is open to US residents only.', 'US', 'eligible'],
    ['Remote', 'Candidates must be located in Germany.', 'FR', 'not-eligible'],
    ['Remote - Europe', 'You must be based in Spain or Portugal.', 'DE', 'not-eligible'],
  ])('%s + %j → %s is %s', (badge, sentence, country, status) => {
    const e = readEligibility({ locationText: badge, blocks: [sentence] });
    expect(verdictFor(e, { country, subdivision: null }).status).toBe(status);
  });

  it('keeps the set-aside badge in the notes', () => {
    const e = readEligibility({
      locationText: 'Remote - Canada',
      blocks: ['This role is open to US residents only.'],
    });
    expect(e.countries).toEqual(['US']);
    expect(e.notes.map((n) => n.text)).toContain('Remote - Canada');
  });
});
