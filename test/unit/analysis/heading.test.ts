import { describe, expect, it } from 'vitest';
import { withHeadingParts } from '../../../lib/analysis/heading';
import { readPage } from '../../../lib/page/read-page';
import { pageDoc } from '../../helpers/pages';

// The page's text layer sends the heading as written and the lines under it; the background tells
// the role from the employer, the place and the tags packed into it.
const fieldsOf = (body: string) => {
  const doc = pageDoc(`<html><head></head><body>${body}</body></html>`);
  const reading = readPage(doc, new URL('https://example.org/jobs/1'), () => undefined, {
    anyway: true,
  }).reading;
  if (!reading) throw new Error('not read');
  return withHeadingParts(reading.fields, reading.header);
};

describe('the text layer', () => {
  it.each([
    // the posting restates its heading with the company and place packed in
    [
      '<h1>Rust Developers</h1><p>Kelpware Labs Pvt. Ltd. - Rust Developer - Remote/India</p><h2>Requirements</h2>',
      { title: 'Rust Developer', company: 'Kelpware Labs Pvt. Ltd.', locationText: 'Remote/India' },
    ],
    // a line that names another role is not a restatement
    [
      '<h1>Rust Developers</h1><p>Kelpware Labs - Senior Go Developer - Lisbon</p><h2>Requirements</h2>',
      { title: 'Rust Developers', company: undefined, locationText: undefined },
    ],
    // the site's own h1 above the posting's heading: the heading that names a role is the title
    [
      '<h1>Careers at Kelpware</h1><h2>Senior Data Engineer</h2><p>We need a data engineer for our platform.</p>',
      { title: 'Senior Data Engineer', company: undefined, locationText: undefined },
    ],
    // a feed repeats the heading under it: that is no company
    [
      '<h1>Full Stack Developer</h1><p>Full Stack Developer</p><p>We need full stack developers.</p>',
      { title: 'Full Stack Developer', company: undefined, locationText: undefined },
    ],
    // a header card: the company as a subheading, the board's chips under it
    [
      '<h1>Web Developer</h1><h3>GoFasti</h3><h4>💰 USD $600 - $800 per month 🌎 Remote</h4><p>We need a web developer.</p>',
      { title: 'Web Developer', company: 'GoFasti', locationText: 'Remote' },
    ],
    // a number before the title is no employer: the header card's company line is
    [
      '<h1>607 - Web Developer</h1><h3>GoFasti</h3><h4>💰 USD $600 per month 🌎 Remote</h4><p>We need a web developer.</p>',
      { title: 'Web Developer', company: 'GoFasti', locationText: 'Remote' },
    ],
    // a subheading with no chips after it, named nowhere else, is a section, not an employer
    [
      '<h1>Web Developer</h1><h3>Platform</h3><p>We need a web developer.</p>',
      { title: 'Web Developer', company: undefined, locationText: undefined },
    ],
    // the company named in the heading is not part of the title
    [
      '<h1>[Remoto] Desenvolvedor Java Pleno - Kelpware</h1><h2>Nossa empresa</h2><p>A Kelpware é uma plataforma de recrutamento.</p>',
      // "Kelpware" is named only in the prose, which the background reads (and then trims the title)
      { title: 'Desenvolvedor Java Pleno - Kelpware', company: undefined, locationText: undefined },
    ],
  ])('%s', (body, want) => {
    const f = fieldsOf(body);
    expect({ title: f.title?.value, company: f.company?.value, locationText: f.locationText?.value }).toEqual(
      want,
    );
  });
});

describe('what the heading gives way to', () => {
  const label = (value: string) => ({ value, source: 'label' as const, evidence: value });
  const heading = (value: string) => ({ value, source: 'text' as const, evidence: value });

  it.each([
    // a label named the employer: the heading's part stands aside, its role is still the title
    [
      { title: heading('Acme - Data Engineer - Berlin'), company: label('Globex') },
      'Data Engineer',
      'Globex',
      'Berlin',
    ],
    // og:title gives its role only
    [
      { title: { ...heading('Acme - Data Engineer - Berlin'), source: 'meta' as const } },
      'Data Engineer',
      undefined,
      undefined,
    ],
    // a title from the data is the data's
    [
      { title: { ...heading('Acme - Data Engineer'), source: 'jsonld' as const } },
      'Acme - Data Engineer',
      undefined,
      undefined,
    ],
  ])('%o', (fields, title, company, place) => {
    const got = withHeadingParts(fields, []);
    expect([got.title?.value, got.company?.value, got.locationText?.value]).toEqual([title, company, place]);
  });

  it('reads the tags as the workplace and the type, quoting the heading', () => {
    const got = withHeadingParts({ title: heading('[Remote] [Contract] Go Developer') }, []);
    expect(got.workplace).toEqual({
      value: 'Remote',
      source: 'text',
      evidence: '[Remote] [Contract] Go Developer',
    });
    expect(got.employmentType?.value).toBe('Contract');
  });
});
