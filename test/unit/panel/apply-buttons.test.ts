import { describe, expect, it } from 'vitest';
import { applyButtons } from '../../../lib/panel/apply-buttons';

describe('applyButtons', () => {
  it.each([
    ['<a href="#a">Apply for this job</a>', 1],
    ['<button>Easy Apply</button>', 1],
    ['<input type="submit" value="Submit application">', 1],
    ['<div role="button">Apply now</div>', 1],
    ['<a href="#a" aria-label="Apply"><svg></svg></a>', 1],
    ['<button>Postuler</button>', 1],
    ['<a href="#a">Save job</a><a href="#b">Share</a>', 0],
    ['<p>Apply for this job</p>', 0],
    ['<a href="#a">Apply your skills to hard problems in logistics and help us scale the fleet</a>', 0],
    ['<a href="#a">Apply</a><button>Apply now</button>', 2],
  ])('%s → %d', (html, count) => {
    document.body.innerHTML = html;
    expect(applyButtons(document)).toHaveLength(count);
  });
});
