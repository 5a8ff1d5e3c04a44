import { describe, expect, it } from 'vitest';
import { findAdapter } from '../../../../lib/page/sites';

// Each board's own addresses are in its test file (itKnowsUrls); these belong to no board.

const UNSUPPORTED = [
  'https://www.jobbank.gc.ca/marketreport/wages-occupation/1234/ca',
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/in/someone/',
  'https://www.indeed.com/cmp/Brambleton-Supply',
  'https://careers.example.com/jobs/123-engineer',
  'https://stripe.com/jobs/listing/engineer/123',
  'https://boards.greenhouse.io.evil.example/acme/jobs/1',
  'https://notlever.co/acme/8d3f6c2e-4b1a-4e6f-9c55-2a7b1e0d9f31',
];

describe('sites we do not support', () => {
  it.each(UNSUPPORTED)('%s', (href) => {
    expect(findAdapter(new URL(href))).toBeUndefined();
  });
});
