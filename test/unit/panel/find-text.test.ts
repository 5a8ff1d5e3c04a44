import { describe, expect, it } from 'vitest';
import { findTextRange } from '../../../lib/panel/find-text';
import { lettersAndDigits as comparable } from '../../../lib/text/compare';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('comparable', () => {
  it.each([
    ['This  role is\nopen', 'thisroleisopen'],
    ['Canada (excluding Quebec)', 'canadaexcludingquebec'],
    ['$0.052k - $0.081k', '0052k0081k'],
    ['Zürich, ÉTÉ', 'zürichété'],
    ['', ''],
  ])('%j → %j', (text, want) => {
    expect(comparable(text)).toBe(want);
  });
});

describe('findTextRange', () => {
  it.each([
    {
      name: 'across spaces, line breaks and inline markup',
      html: '<p>Intro.</p><p>This   role is open to\n  candidates in <strong>Canada</strong> or the US.</p>',
      needle: 'This role is open to candidates in Canada or the US.',
      want: 'This   role is open to\n  candidates in Canada or the US',
    },
    {
      name: 'case and punctuation differences',
      html: '<p>Location:</p><p>Remote – Canada</p>',
      needle: 'location remote - canada',
      want: 'Location:</p><p>Remote – Canada',
    },
    {
      name: 'part of a longer text node',
      html: '<div>Pay: CA$120K–CA$150K per year, plus equity.</div>',
      needle: 'CA$120K–CA$150K per year',
      want: 'CA$120K–CA$150K per year',
    },
  ])('finds the sentence $name', ({ html, needle, want }) => {
    const range = findTextRange(page(html).body, needle);
    const expected = want.replace(/<[^>]+>/g, '');
    expect(range?.toString()).toBe(expected);
  });

  it.each([
    [
      'structured data only',
      '<script type="application/ld+json">{"d":"Open to Canada only"}</script><p>Hi</p>',
      'Open to Canada only',
    ],
    ['a style sheet', '<style>.open-to-canada-only{}</style><p>Hi</p>', 'open to canada only'],
    ['text the page hides', '<p style="display:none">Open to Canada only</p>', 'Open to Canada only'],
    ['invisible text', '<p style="visibility:hidden">Open to Canada only</p>', 'Open to Canada only'],
    ['absent text', '<p>Open to Mexico only</p>', 'Open to Canada only'],
    ['a needle too short to place', '<p>US</p>', 'US'],
  ])('returns null for %s', (_name, html, needle) => {
    expect(findTextRange(page(html).body, needle)).toBeNull();
  });

  it('prefers an occurrence the reader can see', () => {
    const doc = page('<p style="display:none">Open to Canada only</p><p id="shown">Open to Canada only</p>');
    const range = findTextRange(doc.body, 'Open to Canada only');
    expect(range?.startContainer.parentElement?.id).toBe('shown');
  });

  it('leaves the page DOM untouched', () => {
    const doc = page('<p>Open to <em>Canada</em> only</p>');
    const before = doc.body.innerHTML;
    findTextRange(doc.body, 'Open to Canada only');
    expect(doc.body.innerHTML).toBe(before);
  });
});
