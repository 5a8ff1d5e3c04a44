import { describe, expect, it } from 'vitest';
import { expectRules, read, readText, rules } from './helpers';
import { groupCountries } from '../../../../lib/analysis/geo/regions';

// The groups' members are the geo tables' business (geo.test.ts); here, that a sentence names them.
const [SOUTH_AMERICA, SOUTH_ASIA, SOUTHEAST_ASIA, CENTRAL_AMERICA] = [
  'SOUTH_AMERICA',
  'SOUTH_ASIA',
  'SOUTHEAST_ASIA',
  'CENTRAL_AMERICA',
].map(groupCountries);

describe('country lists', () => {
  it.each([
    [
      'List of countries where we are able to hire: Argentina, Canada (excluding Quebec), UK & Channel Islands, US, and Puerto Rico.',
      { countries: ['AR', 'CA', 'GB', 'GG', 'JE', 'PR', 'US'], exclude: { CA: ['CA-QC'] } },
    ],
    ['This role is open to candidates in Spain, Portugal & Italy.', { countries: ['ES', 'IT', 'PT'] }],
    ['Countries where Tandemly can hire: Brazil, Mexico and Canada.', { countries: ['BR', 'CA', 'MX'] }],
    ['We can hire remotely in the U.S.A., the U.K. and the UAE.', { countries: ['AE', 'GB', 'US'] }],
    [
      'Open to candidates located in Czechia, Türkiye, South Korea or Holland.',
      { countries: ['CZ', 'KR', 'NL', 'TR'] },
    ],
    ['Remote (US-based candidates only).', { countries: ['US'] }],
    ['Canadian residents only.', { countries: ['CA'] }],
    ['Candidates must be based in Great Britain.', { countries: ['GB'] }],
    ['You must reside in the United States of America.', { countries: ['US'] }],
    ['Remote within the U.S. and Canada', { countries: ['CA', 'US'] }],
  ])('%s', (text, want) => {
    expectRules(readText(text), { kind: 'countries', ...want });
  });

  it.each([
    ['Remote - United States', ['US']],
    ['Canada - Remote', ['CA']],
    ['REMOTE - US', ['US']],
    ['Remote/India', ['IN']],
    ['100% Remote within US and Canada', ['CA', 'US']],
    ['Remote (United States Germany United Kingdom)', ['DE', 'GB', 'US']],
    ['100% remoto, de qualquer lugar do Brasil ou de Portugal.', ['BR', 'PT']],
    ['remote - canada', ['CA']],
  ])('location field %s', (locationText, countries) => {
    expectRules(read({ locationText, workplace: 'remote' }), {
      kind: 'countries',
      countries,
    });
  });

  it('reads England as Great Britain, limited to England', () => {
    expectRules(read({ locationText: 'Remote - England' }), {
      countries: ['GB'],
      include: { GB: ['GB-ENG'] },
    });
  });
});

describe('exclusions', () => {
  it.each([
    ['Remote in the US, except CA and NY.', { countries: ['US'], exclude: { US: ['US-CA', 'US-NY'] } }],
    [
      'Remote in the US except California and New York.',
      { countries: ['US'], exclude: { US: ['US-CA', 'US-NY'] } },
    ],
    ['Remote in Canada (Quebec excluded).', { countries: ['CA'], exclude: { CA: ['CA-QC'] } }],
    ['Open to candidates anywhere in the EU except Germany.', { regions: ['EU'], excluded: ['DE'] }],
    ['This position is not available in Colorado.', { kind: 'unknown', exclude: { US: ['US-CO'] } }],
    ['Unfortunately we cannot hire in India or Pakistan.', { kind: 'unknown', excluded: ['IN', 'PK'] }],
    ['We are unable to consider candidates outside the EU.', { regions: ['EU'], excluded: [] }],
    // a refusal written after the places
    [
      'Candidates in the UK or Switzerland cannot be considered.',
      { kind: 'unknown', excluded: ['CH', 'GB'] },
    ],
    [
      'Applicants based in the UK will not be considered for this role.',
      { kind: 'unknown', excluded: ['GB'] },
    ],
  ])('%s', (text, want) => {
    expectRules(readText(text, { workplace: 'remote' }), want);
  });

  it.each([
    // a location line's own shorthand for leaving places out
    ['Remote - Europe, excl. Germany', { regions: ['EUROPE'], excluded: ['DE'], countries: [] }],
    ['Remote - Europe (excl. UK)', { regions: ['EUROPE'], excluded: ['GB'], countries: [] }],
    ['Remote - Canada (excl. QC)', { countries: ['CA'], exclude: { CA: ['CA-QC'] } }],
    ['Remote in Canada (not Quebec)', { countries: ['CA'], exclude: { CA: ['CA-QC'] } }],
    ['Remote – Europe (not UK)', { regions: ['EUROPE'], excluded: ['GB'], countries: [] }],
    ['Remote (US, no California)', { countries: ['US'], exclude: { US: ['US-CA'] } }],
    // "no" before a word that is not a place leaves nothing out
    ['Remote (US, no Visa sponsorship)', { countries: ['US'], exclude: {}, excluded: [] }],
  ])('%s', (locationText, want) => {
    expectRules(read({ locationText, workplace: 'remote' }), { kind: 'countries', ...want });
  });

  it.each([
    // the bracket lists what the exclusion leaves out; "US sanctions" names a law, not a place
    [
      'Excluding countries subject to US sanctions (Cuba, Iran, North Korea, Syria and Russia).',
      ['CU', 'IR', 'KP', 'RU', 'SY'],
    ],
    ['We cannot hire in countries under US sanctions (Cuba, Iran).', ['CU', 'IR']],
  ])('%s', (text, excluded) => {
    expectRules(readText(text, { workplace: 'remote' }), { countries: [], excluded });
  });

  it('keeps worldwide with its exclusions', () => {
    expect(
      rules(read({ locationText: 'Remote (Worldwide, except China)', workplace: 'remote' })),
    ).toMatchObject({
      kind: 'worldwide',
      excluded: ['CN'],
    });
  });
});

describe('subdivisions', () => {
  it.each([
    [
      'Please note that is position is only eligible for candidates located in Canada and within these select provinces ( Alberta , British Columbia , Ontario , and Ottawa).',
      { countries: ['CA'], include: { CA: ['CA-AB', 'CA-BC', 'CA-ON'] } },
    ],
    [
      'Open to candidates in California, Oregon and Washington only.',
      { countries: ['US'], include: { US: ['US-CA', 'US-OR', 'US-WA'] } },
    ],
    [
      'Team members in the Philippines are located within Metro Manila, Bataan, Cavite, and Laguna areas only.',
      { countries: ['PH'], include: { PH: ['PH-00', 'PH-BAN', 'PH-CAV', 'PH-LAG'] } },
    ],
    [
      'This position is remote, open to candidates residing in the following states: AZ, CO, FL, GA, TX.',
      { countries: ['US'], include: { US: ['US-AZ', 'US-CO', 'US-FL', 'US-GA', 'US-TX'] } },
    ],
    [
      'Remote in the US except CA, NY and WA.',
      { countries: ['US'], exclude: { US: ['US-CA', 'US-NY', 'US-WA'] } },
    ],
    [
      'Location: Remote in the lower 48 United States',
      { countries: ['US'], exclude: { US: ['US-AK', 'US-HI'] } },
    ],
    [
      'Candidates must live in the contiguous US.',
      { countries: ['US'], exclude: { US: ['US-AK', 'US-HI'] } },
    ],
    [
      'You will share your preferred working location from the following: Reston, VA, USA; Austin, TX, USA; Pryor Creek, OK 74361, USA.',
      { countries: ['US'], include: { US: ['US-OK', 'US-TX', 'US-VA'] } },
    ],
    // a label that says the list is who may apply
    [
      'Eligible states: TX, FL, GA, NC, TN.',
      { countries: ['US'], include: { US: ['US-FL', 'US-GA', 'US-NC', 'US-TN', 'US-TX'] } },
    ],
    [
      'Eligible states: Texas, Florida, Georgia.',
      { countries: ['US'], include: { US: ['US-FL', 'US-GA', 'US-TX'] } },
    ],
    [
      'Eligible provinces: ON, BC, AB, NS.',
      { countries: ['CA'], include: { CA: ['CA-AB', 'CA-BC', 'CA-NS', 'CA-ON'] } },
    ],
    [
      'States where we are registered to do business: AZ, CO, FL, TX.',
      { countries: ['US'], include: { US: ['US-AZ', 'US-CO', 'US-FL', 'US-TX'] } },
    ],
  ])('%s', (text, want) => {
    expectRules(readText(text), want);
  });

  it('merges a province in the location field with the list in the body', () => {
    const e = read({
      locationText: 'Remote - Ontario, Canada',
      workplace: 'remote',
      blocks: ['Only candidates located in Alberta or British Columbia, Canada are eligible.'],
    });
    expect(rules(e).include).toEqual({ CA: ['CA-AB', 'CA-BC', 'CA-ON'] });
  });
});

describe('codes after a country are countries', () => {
  it.each([
    // a slash lists another country after a code; North America's three-letter codes
    ['Remote (UK/IE)', ['GB', 'IE']],
    ['Remote (US/CAN)', ['CA', 'US']],
    ['Remote (USA/CAN/MEX)', ['CA', 'MX', 'US']],
    // NL after two countries is the Netherlands, not Newfoundland and Labrador
    ['Remote (UK, IE, NL)', ['GB', 'IE', 'NL']],
    ['Remote (US, UK, NL)', ['GB', 'NL', 'US']],
    // after a town, a code is its state: Reston is in Virginia
    ['Reston, VA', ['US']],
    // a pair of zones is no pair of countries: ET is Eastern time here, not Ethiopia
    ['Remote (US, ET/CT)', ['US']],
  ])('%s', (locationText, countries) => {
    expectRules(read({ locationText, workplace: 'remote' }), { countries });
  });
});

describe('places listed together', () => {
  it.each([
    // demonyms before the noun they share, every country's from a data package
    ['Open to German and Austrian residents.', { countries: ['AT', 'DE'] }],
    ['Open to German, Austrian and Swiss residents.', { countries: ['AT', 'CH', 'DE'] }],
    ['Only Belgian or Austrian citizens may apply.', { countries: ['AT', 'BE'] }],
    // a language is no place
    ['Fluent German and English required.', { kind: 'unknown', countries: [] }],
    // a state's code beside another state of the same country
    ['Must be based in NSW or Victoria.', { countries: ['AU'], include: { AU: ['AU-NSW', 'AU-VIC'] } }],
    ['Must be based in Queensland or WA.', { countries: ['AU'], include: { AU: ['AU-QLD', 'AU-WA'] } }],
  ])('%s', (text, want) => {
    expectRules(readText(text, { workplace: 'remote' }), want);
  });
});

describe('regions', () => {
  it.each([
    ['Remote - EMEA', { regions: ['EMEA'] }],
    ['LATAM only', { regions: ['LATAM'] }],
    ['Latin America Only', { regions: ['LATAM'] }],
    ['Remote (North America)', { regions: ['NORTH_AMERICA'] }],
    ['Remote, Americas', { regions: ['AMERICAS'] }],
    ['APAC', { regions: ['APAC'] }],
    ['Remote - Asia-Pacific', { regions: ['APAC'] }],
    ['Remote, EU/EEA', { regions: ['EEA', 'EU'] }],
    ['Europe', { regions: ['EUROPE'] }],
    ['Remote (Nordics)', { countries: ['AX', 'DK', 'FI', 'FO', 'IS', 'NO', 'SE'], regions: [] }],
    ['DACH', { countries: ['AT', 'CH', 'DE'] }],
    [
      'Remote - South America',
      { countries: ['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'FK', 'GF', 'GY', 'PE', 'PY', 'SR', 'UY', 'VE'] },
    ],
    // a region with its own countries in brackets means those countries only
    ['Remote - Europe (UK, Austria and Germany)', { countries: ['AT', 'DE', 'GB'], regions: [] }],
    ['LATAM [Brazil, Argentina]', { countries: ['AR', 'BR'], regions: [] }],
    ['Remote - Europe (and the US)', { countries: ['US'], regions: ['EUROPE'] }],
  ])('%s', (locationText, want) => {
    expectRules(read({ locationText, workplace: 'remote' }), { kind: 'countries', ...want });
  });

  it('reads a region in running text', () => {
    expect(rules(readText('You can work from anywhere in Europe.', { workplace: 'remote' })).regions).toEqual(
      ['EUROPE'],
    );
  });
});

describe('worldwide', () => {
  it.each([
    [{ locationText: 'Worldwide' }],
    [{ locationText: 'Anywhere' }],
    [{ locationText: 'Remote - Anywhere' }],
    [{ locationText: 'Remote (Global)' }],
    [{ blocks: ['This job is open to applicants in all timezones, and is a full-time, remote position.'] }],
    [{ blocks: ['You can work from wherever you like.'] }],
    [{ blocks: ['We welcome applicants regardless of location.'] }],
    [{ locationText: '100% remote, but preference for EU or East Asia' }],
  ])('%o', (input) => {
    expect(read({ workplace: 'remote', ...input }).kind).toBe('worldwide');
  });

  it.each([
    [
      'a programme name',
      { title: 'Global Graduate Programme', locationText: 'Peterborough', workplace: 'onsite' as const },
    ],
    ['a company name', { blocks: ['Acme Worldwide is hiring a designer.'] }],
    [
      'a perk of an office job',
      { workplace: 'hybrid' as const, blocks: ['Quarterly "work from anywhere" weeks.'] },
    ],
    ['a company slogan', { blocks: ['We are building the future of work — anywhere in the world.'] }],
  ])('is not read from %s', (_, input) => {
    expect(read(input).kind).toBe('unknown');
  });

  it('lets a country beat a perk', () => {
    const e = read({
      locationText: 'Remote/India',
      workplace: 'remote',
      blocks: ['Freedom to work from anywhere'],
    });
    expectRules(e, { kind: 'countries', countries: ['IN'] });
  });

  it('lets a worldwide sentence beat JSON-LD filled from the office address', () => {
    const e = read({
      workplace: 'remote',
      jsonld: { applicantLocationRequirements: { '@type': 'Country', name: 'United States' } },
      blocks: [
        'Location: This job is open to applicants in all timezones, and is a full-time, remote position.',
      ],
    });
    expect(e.kind).toBe('worldwide');
    expect(e.notes.map((n) => n.role)).toContain('unused jsonld');
  });
});

describe('worldwide, leaving places out', () => {
  it.each([
    ['Global Remote (Non-US)', ['US']],
    ['Anywhere (excluding India)', ['IN']],
    ['Remote (Global, excl. US)', ['US']],
    ['Remote - Worldwide (excl. India)', ['IN']],
  ])('%s', (locationText, excluded) => {
    expect(rules(read({ locationText, workplace: 'remote' }))).toMatchObject({ kind: 'worldwide', excluded });
  });
});

describe('a place that names a clock is a time-zone band, not a residence rule', () => {
  it.each([
    [{ locationText: 'Remote, required overlapping for US Pacific timezones' }],
    [{ blocks: ['You must be able to work US Eastern Time zone hours.'] }],
    [{ blocks: ['Core hours are 10am-2pm UK time.'] }],
  ])('%o', (input) => {
    expect(read({ workplace: 'remote', ...input }).countries).toEqual([]);
  });

  it('while the place itself, said as a place, is a rule', () => {
    expect(read({ workplace: 'remote', blocks: ['You must be based in the US.'] }).countries).toEqual(['US']);
  });
});

describe('not eligibility rules', () => {
  it.each([
    // a colleague's place is not the applicant's
    ['This role reports to our VP of Engineering, based in New York.', 'Remote (Worldwide)'],
  ])('%s on a job %s stays worldwide', (text, locationText) => {
    expect(rules(readText(text, { locationText, workplace: 'remote' }))).toMatchObject({
      kind: 'worldwide',
      countries: [],
    });
  });

  it.each([
    ['headquarters', { locationText: 'Headquarters: Brooklyn NY', workplace: 'remote' as const }, 'hq'],
    ['HQ', { blocks: ['Fully remote team. HQ Malta.'], workplace: 'remote' as const }, 'hq'],
    ['a UK-based company', { blocks: ['We are a UK-based software company hiring remote engineers.'] }, 'hq'],
    [
      'a startup that says where it is, with an apostrophe',
      { blocks: ["We're a Y Combinator-backed startup based in New York."], workplace: 'remote' as const },
      'hq',
    ],
    ['markets', { blocks: ['You will help bring Reddit to India, Brazil and the Philippines.'] }, 'market'],
    ['customers', { blocks: ['Our customers are located in the US and Europe.'] }, 'market'],
    [
      'a salary-law list',
      {
        blocks: [
          'The pay range for roles in California, Colorado, New York and Washington is $120,000 - $150,000.',
        ],
      },
      'pay',
    ],
    [
      'a salary-law list with "located"',
      {
        blocks: [
          'For candidates located in California or New York, the base salary range is $100,000 - $120,000.',
        ],
      },
      'pay',
    ],
    ['paid in USD', { blocks: ['You will be paid in USD.'] }, 'pay'],
    ['a preference', { blocks: ['Ideally you are based in London or Berlin.'] }, 'preference'],
    [
      'teams',
      { blocks: ['Collaborate with technical teams located in North America, Manila and India.'] },
      'team',
    ],
    [
      'a pay example',
      { blocks: ['If you live in Brazil, your pay would start at 16 BRL per hour.'] },
      'example',
    ],
  ])('%s', (_, input, role) => {
    const e = read(input);
    expectRules(e, { kind: 'unknown', countries: [], regions: [] });
    expect(e.notes.map((n) => n.role)).toContain(role);
  });

  it.each([
    ['the pronoun "us"', 'Join us remotely and help us grow; tell us where you are located.'],
    ['US in an all-caps slogan', 'JOIN US AND WORK REMOTELY'],
    ['an IT department', 'Candidates must have supported an IT department remotely.'],
    [
      'CA the certificate authority',
      'We are a Certificate Authority (CA); candidates must be located near a data center.',
    ],
    ['a code after a list of skills', 'Remote candidates must know Python, ML and GCP, IT.'],
    ['Georgia without a hint', 'Remote candidates located in Georgia are welcome.'],
    ['a lowercase country word', 'Candidates must bring a turkey to the remote potluck.'],
  ])('does not read %s', (_, text) => {
    expect(readText(text, { workplace: 'remote' }).kind).toBe('unknown');
  });

  it.each([
    "Our team is distributed across the US, Europe and Asia, and we're hiring only the best.",
    'Candidates must have 5 years of experience working with teams in Europe and Asia.',
    'We only work with clients in Germany and France.',
    'You will travel to London and Paris twice a year.',
    'We use IT, HR, QA and PM tools remotely.',
  ])('does not widen the location field with: %s', (text) => {
    const e = read({ locationText: 'Remote - United States', workplace: 'remote', blocks: [text] });
    expectRules(e, { countries: ['US'], regions: [], include: {} });
  });

  it('reads Georgia as the US state next to another state', () => {
    const e = readText('Remote candidates located in Georgia or Florida only.');
    expect(rules(e).include).toEqual({ US: ['US-FL', 'US-GA'] });
  });

  it('keeps an EST preference as a note, not a time-zone rule', () => {
    const e = readText('Remote within the US; EST hours preferred.');
    expect(e.timezones).toBeNull();
    expect(e.notes.map((n) => n.role)).toContain('preference');
  });
});

describe('the job site implies the country', () => {
  it.each([
    ['Toronto, ON', 'onsite', { countries: ['CA'], include: {} }],
    ['Toronto, ON, CA', 'onsite', { countries: ['CA'], include: {} }],
    ['Palo Alto, CA', 'unknown', { countries: ['US'], include: {} }],
    ['Burbank, California', 'hybrid', { countries: ['US'] }],
    ['London', 'unknown', { countries: ['GB'], include: {} }],
    ['London, ON', 'onsite', { countries: ['CA'] }],
    ['Vancouver, WA', 'onsite', { countries: ['US'] }],
    ['Manila, PH', 'onsite', { countries: ['PH'] }],
    ['2560 Matheson Blvd E Mississauga, ON L4W 4Z3', 'unknown', { countries: ['CA'] }],
    ['London [Remote], UK', 'remote', { countries: ['GB'], include: {} }],
    [
      'Berlin / Dresden; Hybrid Work Model (50% on-site; 50% remote)',
      'hybrid',
      { countries: ['DE'], include: {} },
    ],
    // an office job's sites say where to work, not where to live: the country, not its provinces
    ['Montreal, Quebec; Toronto, Ontario', 'onsite', { countries: ['CA'], include: {} }],
    // a job not said to be at an office, in towns of two states, is open in those states
    ['Austin, TX / Denver, CO', 'unknown', { countries: ['US'], include: { US: ['US-CO', 'US-TX'] } }],
    ['Scarborough; Toronto; Etobicoke', 'onsite', { countries: ['CA'], include: {} }],
  ] as const)('%s (%s)', (locationText, workplace, want) => {
    expectRules(read({ locationText, workplace }), { kind: 'countries', ...want });
  });

  it('does not take "City of Toronto" (an employer) as a place', () => {
    expect(readText('City of Toronto employees must apply on the internal portal.').kind).toBe('unknown');
  });
});

describe('title', () => {
  it.each([
    [{ title: 'Senior Engineer (Canada - Remote)' }, { countries: ['CA'] }],
    [{ title: 'Paid Search Specialist (Europe)' }, { regions: ['EUROPE'] }],
    [{ title: "Jr PR Coordinator. Latin America Only. No Experience Req'd" }, { regions: ['LATAM'] }],
    [{ title: 'Lead Integration Engineer - Manila, PH' }, { countries: ['PH'] }],
    [
      { title: 'Data Engineer, Europe', locationText: 'Remote (United States Germany United Kingdom)' },
      { countries: ['DE', 'GB', 'US'], regions: [] },
    ],
    [
      { title: 'Customer Success Manager, APAC', locationText: 'Remote (Australia)' },
      { countries: ['AU'], regions: [] },
    ],
  ])('%o', (input, want) => {
    expectRules(read(input), want);
  });
});

describe('page quirks', () => {
  it('reads names a page glued together', () => {
    const e = read({ locationText: 'Remote (United StatesGermanyUnited Kingdom)', workplace: 'remote' });
    expectRules(e, { countries: ['DE', 'GB', 'US'] });
  });

  it('reads a location label glued to its value', () => {
    expectRules(read({ blocks: ['LocationToronto, ON'], workplace: 'onsite' }), { countries: ['CA'] });
  });

  it('does not read a territory after a comma in the title', () => {
    expect(read({ title: 'Head of Sales, EMEA', workplace: 'remote' }).kind).toBe('unknown');
    expectRules(read({ title: 'Data Engineer, Remote US' }), { countries: ['US'] });
  });

  it('does not take "but not limited to" for an exclusion', () => {
    const e = read({
      locationText: 'Burbank, California',
      workplace: 'onsite',
      blocks: [
        'Backgrounds including but not limited to Engineering. Location: This role is based in Burbank.',
      ],
    });
    expectRules(e, { countries: ['US'], exclude: {}, excluded: [] });
  });

  it('keeps an exclusion from reaching places far along a run-on block', () => {
    const filler = 'as you design and build and ship services and tools for our platform '.repeat(4);
    const e = readText(`Remote in the US except Alaska ${filler}in Colorado too`);
    expectRules(e, { exclude: { US: ['US-AK'] } });
  });
});

describe('flags', () => {
  it.each([
    ['No visa sponsorship/ visa transfer available.', 'not-offered'],
    ['We are unable to sponsor visas for this role.', 'not-offered'],
    ['We offer visa sponsorship for the right candidate.', 'offered'],
    ['Will you require Visa Sponsorship now, or in the future?', null],
  ])('visa: %s', (text, value) => {
    expect(readText(text).visaSponsorship?.value ?? null).toBe(value);
  });

  it.each([
    ['Must be a US citizen with an active security clearance.', 'security clearance'],
    ['You must be a US citizen.', 'US citizenship'],
    [
      'You are a Canadian citizen, a permanent or a temporary resident of Canada.',
      'CA citizenship or residency',
    ],
    ['We hire regardless of citizenship, national origin or religion.', null],
  ])('citizenship: %s', (text, value) => {
    const e = readText(text);
    expect(e.citizenship?.value ?? null).toBe(value);
    if (value) expect(e.citizenship?.evidence).toBe(text);
  });
});

describe('"outside" a country', () => {
  it.each<[string, string | null, { excluded: string[] }]>([
    [
      'Applications will only be considered for individuals outside of the United States.',
      null,
      { excluded: ['US'] },
    ],
    ['We love our team.', 'Global Remote (Non-US)', { excluded: ['US'] }],
  ])('%s %s leaves the country out', (text, locationText, want) => {
    expect(rules(read({ blocks: [text], locationText }))).toMatchObject(want);
  });

  it('a negative sentence keeps to the country', () => {
    expect(rules(readText("We can't hire outside the US."))).toMatchObject({ countries: ['US'] });
  });

  it('a condition is neither', () => {
    const r = rules(readText('Applicants who reside outside of Canada will need a police check.'));
    expect([r.countries, r.excluded]).toEqual([[], []]);
  });
});

describe('a work-authorization rule is a place rule', () => {
  it.each<[string | null, string, string[]]>([
    ['Remote - Worldwide', 'You must be legally authorized to work in the United States.', ['US']],
    [null, 'We hire globally! Candidates must have the right to work in the UK.', ['GB']],
    ['Remote - US or Canada', 'You must be authorized to work in the United States.', ['US']],
  ])('%s + %s', (locationText, text, countries) => {
    expect(rules(read({ locationText, blocks: [text], workplace: 'remote' }))).toMatchObject({
      kind: 'countries',
      countries,
    });
  });

  it('leaves a list alone when it names none of the list', () => {
    const e = read({
      locationText: 'Remote - Canada',
      blocks: ['You must be authorized to work in Germany.'],
    });
    expect(rules(e).countries).toEqual(['CA']);
  });
});

describe('worldwide, said in a field with a preference, or softly', () => {
  it.each<[string | null, string]>([
    ['anywhere (prefer a time zone between US/Pacific and Central European)', 'We ship weekly.'],
    ['任意', '我们每周发布。'],
    ['Remote', 'Foundries.io is flexible on the location of this role.'],
  ])('%s / %s', (locationText, text) => {
    expect(read({ locationText, blocks: [text], workplace: 'remote' }).kind).toBe('worldwide');
  });

  it('a parenthesis that limits the field is no preference', () => {
    expect(read({ locationText: 'Anywhere (US only)', workplace: 'remote' }).kind).not.toBe('worldwide');
  });
});

describe('more ways postings write a rule', () => {
  it.each([
    // compass words that share one noun
    ['Open to applicants in North and South America.', { regions: ['AMERICAS'] }],
    ['Be located in North America, South America, or Europe.', { regions: ['AMERICAS', 'EUROPE'] }],
    [
      'Open to applicants in Central and South America.',
      { countries: [...(CENTRAL_AMERICA ?? []), ...(SOUTH_AMERICA ?? [])].sort() },
    ],
    [
      'Based in South or Southeast Asia.',
      { countries: [...(SOUTH_ASIA ?? []), ...(SOUTHEAST_ASIA ?? [])].sort() },
    ],
    // "only apply if", "for people based in", "can work from"
    ['Please only apply if you are located in Brazil.', { countries: ['BR'] }],
    [
      'Remote-friendly role for people based in the Nordics.',
      { countries: ['AX', 'DK', 'FI', 'FO', 'IS', 'NO', 'SE'] },
    ],
    ['You can work from any EU country.', { regions: ['EU'] }],
    // a rule that names only a town holds to the town's country, never to its state
    ['Must reside within 50 miles of Chicago, IL.', { countries: ['US'] }],
    ["We're a global team, but this role requires you to be in the UK.", { countries: ['GB'] }],
    ['This position requires US citizenship.', { countries: ['US'] }],
    ['This is a US-only role.', { countries: ['US'] }],
    ['Applications from outside the EU will not be considered.', { regions: ['EU'] }],
    ['No applications from agencies or outside the UK.', { countries: ['GB'] }],
    ['Remote within the EU (we cannot hire in Spain).', { regions: ['EU'], excluded: ['ES'] }],
    [
      'This position is not eligible for employment in Alaska or Hawaii.',
      { kind: 'unknown', exclude: { US: ['US-AK', 'US-HI'] } },
    ],
    // residence and "only in" in the boards' other languages
    ['Wir stellen nur in Deutschland ein.', { countries: ['DE'] }],
    ['Du lebst in Deutschland, Österreich oder der Schweiz.', { countries: ['AT', 'CH', 'DE'] }],
    ['Vous résidez en France.', { countries: ['FR'] }],
    ['Tienes que residir en España.', { countries: ['ES'] }],
    ['Você precisa morar no Brasil.', { countries: ['BR'] }],
    ['Questa posizione è aperta solo a candidati residenti in Italia.', { countries: ['IT'] }],
    ['Deze functie staat open voor kandidaten in Nederland.', { countries: ['NL'] }],
    ['Apenas para candidatos que moram em Portugal.', { countries: ['PT'] }],
    ['Buscamos personas ubicadas en Latinoamérica.', { regions: ['LATAM'] }],
    ['Disponible para candidatos de México y Argentina.', { countries: ['AR', 'MX'] }],
    ['Die Stelle ist remote innerhalb Deutschlands möglich.', { countries: ['DE'] }],
    ['Du wohnst in der EU.', { regions: ['EU'] }],
    ['Nur Bewerbungen aus Deutschland und Österreich.', { countries: ['AT', 'DE'] }],
    ['Werken vanuit heel Nederland.', { countries: ['NL'] }],
    ['Kandydaci z Polski.', { countries: ['PL'] }],
  ])('%s', (text, want) => {
    expectRules(readText(text), { kind: 'countries', ...want });
  });

  it.each(['Open worldwide, except the US.', 'We hire everywhere except the USA.'])(
    'reads the places a worldwide sentence leaves out: %s',
    (text) => {
      expectRules(readText(text, { workplace: 'remote' }), { kind: 'worldwide', excluded: ['US'] });
    },
  );

  it('a citizenship rule holds whatever the location line says', () => {
    const e = read({
      locationText: 'Remote - Worldwide',
      workplace: 'remote',
      blocks: ['This position requires US citizenship.'],
    });
    expectRules(e, { kind: 'countries', countries: ['US'] });
  });

  it.each([
    ['Remote (US East Coast preferred)', 'countries'],
    ['Remote (US preferred)', 'worldwide'],
  ])('%s: the country frames the job when only a part of it is preferred', (locationText, kind) => {
    expect(read({ locationText, workplace: 'remote' }).kind).toBe(kind);
  });

  it('a preferred location is a wish, not a rule', () => {
    const e = read({ blocks: ['Preferred locations: Austin, TX or Denver, CO.'], workplace: 'remote' });
    expect(e.kind).toBe('unknown');
    expect(e.notes.map((n) => n.role)).toContain('preference');
  });

  it('considers candidates worldwide, a preferred region aside', () => {
    expect(readText('Ideally you are based in Europe, but we consider candidates worldwide.').kind).toBe(
      'worldwide',
    );
  });

  it('is open to remote applicants worldwide, a preferred zone kept as a preference', () => {
    expect(readText('Open to remote applicants worldwide, with a preference for EU time zones.').kind).toBe(
      'worldwide',
    );
  });

  it.each([
    ['Must be able to commute to our office in Singapore.', 'unknown', ['SG']],
    ['Office-based in Manchester.', 'onsite', ['GB']],
    ['You will work in our Leeds office.', 'onsite', ['GB']],
    ["Our office is a short commute from Lisbon's city center.", 'unknown', ['PT']],
  ] as const)('%s (%s) gives the country of the office', (text, workplace, countries) => {
    expectRules(readText(text, { workplace }), { kind: 'countries', countries: [...countries] });
  });

  it.each(['Office-based in Manchester.', 'Our headquarters are in Chicago.'])(
    '%s on a remote job names no rule',
    (text) => {
      expect(readText(text, { workplace: 'remote' }).kind).toBe('unknown');
    },
  );

  it("reads the clause a headquarters' note does not cover", () => {
    const e = readText('Our headquarters is in Stockholm; this is a remote role within Sweden.', {
      workplace: 'remote',
    });
    expectRules(e, { kind: 'countries', countries: ['SE'] });
    expect(readText('We are based in London but our customers are in France and Spain.').kind).toBe(
      'unknown',
    );
  });

  it('reads a worldwide job beside the headquarters in one sentence', () => {
    const e = readText(
      'Our company is headquartered in New York but this role is fully remote anywhere in the world.',
    );
    expect(e.kind).toBe('worldwide');
  });

  it('reads a line that only leaves places out, under a location that names the country', () => {
    const e = read({
      locationText: 'Remote (US)',
      workplace: 'remote',
      blocks: ['Excluding: Alaska, Hawaii.'],
    });
    expectRules(e, { kind: 'countries', countries: ['US'], exclude: { US: ['US-AK', 'US-HI'] } });
  });

  it.each([
    'We have people based in 30 countries including Germany and Brazil.',
    'If you are located in Brazil, your pay is in BRL.',
  ])('%s is no rule', (text) => {
    expect(readText(text).kind).toBe('unknown');
  });
});

describe('a rule that lists its places under it', () => {
  it.each([
    [
      ['We can hire in the following countries:', 'Germany', 'Spain', 'Portugal'],
      ['DE', 'ES', 'PT'],
    ],
    [
      ['This role is open to candidates located in:', 'United States', 'Canada', 'Benefits'],
      ['CA', 'US'],
    ],
    [
      ['Eligible locations', 'Germany, Spain, Portugal'],
      ['DE', 'ES', 'PT'],
    ],
  ])('%j', (blocks, countries) => {
    expectRules(read({ blocks, workplace: 'remote' }), { kind: 'countries', countries });
  });

  it.each([
    [['Our offices:', 'Berlin', 'London']],
    [['Requirements:', '5 years of Python', 'Fluent English']],
  ])('%j names no rule', (blocks) => {
    expect(read({ blocks, workplace: 'remote' }).kind).toBe('unknown');
  });
});
