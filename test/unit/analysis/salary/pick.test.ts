import { describe, expect, it } from 'vitest';
import { pickSalary, type SalaryInput } from '../../../../lib/analysis/salary';

function input(partial: Partial<SalaryInput>): SalaryInput {
  const blocks = partial.blocks ?? [];
  return { labelled: [], blocks, context: blocks.join('\n'), ...partial };
}

const figures = (r: ReturnType<typeof pickSalary>) => r.all.map((s) => [s.min, s.max, s.currency, s.period]);
const headline = (r: ReturnType<typeof pickSalary>) =>
  r.salary && [r.salary.min, r.salary.max, r.salary.currency, r.salary.period];

describe('pickSalary', () => {
  it('returns nothing when nothing is pay', () => {
    const r = pickSalary(
      input({ blocks: ["We've raised $80M.", 'A £500 learning budget.', 'Generous 401k match.'] }),
    );
    expect(r).toEqual({ salary: null, all: [] });
  });

  it('keeps one figure written twice, without a why', () => {
    const r = pickSalary(
      input({
        blocks: ['💰 $133,500 - $206,000/yr', 'The base salary range is $133,500 - $206,000 per year.'],
      }),
    );
    expect(figures(r)).toEqual([[133500, 206000, 'USD', 'year']]);
    expect(r.salary?.why).toBeUndefined();
  });

  it.each([
    [
      'a converted chip',
      '💰 USD 94350.0~122100.0 🌎 Canada',
      ['$94,350$122,100 CAD'],
      [94350, 122100, 'CAD', 'year'],
    ],
    [
      'a placeholder chip',
      '💰 65k-95k USD 🌎 UK',
      ['Worksop to £65k', 'Salary to £65k'],
      [null, 65000, 'GBP', 'year'],
    ],
  ])('the posting’s own words over a board’s chip in another currency: %s', (_, chip, body, want) => {
    const blocks = ['Acme', chip, ...body];
    expect(headline(pickSalary(input({ blocks, header: [chip] })))).toEqual(want);
  });

  it('the same line in the posting’s own text is no board chip: the first one written', () => {
    const blocks = ['Acme', '💰 USD 94350.0~122100.0 🌎 Canada', '$94,350$122,100 CAD'];
    expect(headline(pickSalary(input({ blocks, header: [] })))?.[2]).toBe('USD');
  });

  it('a chip naming the same currency as the text stays the headline', () => {
    const blocks = ['Acme', '💰 $120k - $150k', 'Benefits include a €2,000 learning budget.'];
    expect(headline(pickSalary(input({ blocks, header: [blocks[1] ?? ''] })))).toEqual([
      120000,
      150000,
      'USD',
      'year',
    ]);
  });

  it('prefers JSON-LD over the page text and says why', () => {
    const r = pickSalary(
      input({
        jsonld: {
          '@type': 'MonetaryAmount',
          currency: 'USD',
          value: { minValue: 150000, maxValue: 180000, unitText: 'YEAR' },
        },
        blocks: ['Engineers here earn $120k - $140k on average in year one.'],
      }),
    );
    expect(headline(r)).toEqual([150000, 180000, 'USD', 'year']);
    expect(r.salary?.source).toBe('jsonld');
    expect(r.salary?.why).toMatch(/JSON-LD/);
    expect(r.all).toHaveLength(2);
  });

  it('lets the JSON-LD currency settle a bare "$" in the text', () => {
    const r = pickSalary(
      input({
        jsonld: {
          '@type': 'MonetaryAmount',
          currency: 'USD',
          value: { minValue: 90000, maxValue: 130000, unitText: 'YEAR' },
        },
        labelled: [{ text: '$90-130k + bonus', source: 'label', label: 'Job Salary' }],
        countryHint: 'CA',
      }),
    );
    expect(figures(r)).toEqual([[90000, 130000, 'USD', 'year']]);
  });

  it('prefers a labelled field over the body text', () => {
    const r = pickSalary(
      input({
        labelled: [{ text: '$ 17.89 HOUR hourly', source: 'label', label: 'Salary' }],
        blocks: ['Pay Rate: $20.07/hour'],
        countryHint: 'CA',
      }),
    );
    expect(headline(r)).toEqual([17.89, 17.89, 'CAD', 'hour']);
    expect(r.salary?.why).toMatch(/labelled/);
  });

  it('prefers a salary row over pay mentioned in prose', () => {
    const r = pickSalary(
      input({
        blocks: [
          'Hours: nights. Pay Rate: $20.07/hour. Are you interested in starting a career in a fast paced industry?',
          'Salary $ 17.89 HOUR hourly',
        ],
        countryHint: 'CA',
      }),
    );
    expect(headline(r)).toEqual([17.89, 17.89, 'CAD', 'hour']);
    expect(r.salary?.why).toMatch(/field/);
  });

  it('prefers base pay over total compensation', () => {
    const r = pickSalary(
      input({
        blocks: [
          'Total Target Compensation',
          'CAD $119,000 - $246,000, including a base salary of $100,000 - $160,000, an equity grant, and benefits.',
        ],
      }),
    );
    expect(figures(r)).toEqual([
      [119000, 246000, 'CAD', 'year'],
      [100000, 160000, 'CAD', 'year'],
    ]);
    expect(headline(r)).toEqual([100000, 160000, 'CAD', 'year']);
    expect(r.salary?.why).toMatch(/total compensation/);
  });

  it('prefers base over OTE', () => {
    const r = pickSalary(input({ blocks: ['OTE $180,000.', 'Base salary: $110,000.'] }));
    expect(headline(r)).toEqual([110000, 110000, 'USD', 'year']);
  });

  it('prefers the range written with pay words', () => {
    const r = pickSalary(
      input({
        blocks: [
          'Offices in 12 cities, from $1,200 desks to $3,400 suites.',
          'The pay range for this role is $88,000 - $97,000.',
        ],
      }),
    );
    expect(headline(r)).toEqual([88000, 97000, 'USD', 'year']);
  });

  it('takes several ranges by level or location as their union, keeping each', () => {
    const r = pickSalary(
      input({
        blocks: [
          'Salary ranges:',
          'New York: $160k-$190k',
          'Colorado: $140k-$170k',
          'Elsewhere in the US: $130k-$160k',
        ],
      }),
    );
    expect(headline(r)).toEqual([130000, 190000, 'USD', 'year']);
    expect(r.all).toHaveLength(3);
    expect(r.salary?.why).toMatch(/3 figures/);
  });

  it('prefers the stated pay over examples', () => {
    const r = pickSalary(
      input({
        blocks: [
          'You will be paid in your local currency at an equivalent of USD $5-6 per hour. For example, in Brazil your pay would start between 16-18 BRL per hour.',
        ],
      }),
    );
    expect(headline(r)).toEqual([5, 6, 'USD', 'hour']);
  });

  it('reads a label block followed by its value block', () => {
    const salary = pickSalary(
      input({
        blocks: ['Salary', '$0.047k - $0.094k', 'About the role', 'A 12-month contract, 40 hours/ week.'],
      }),
    );
    expect(headline(salary)).toEqual([47, 94, 'USD', 'hour']);
    const statistic = pickSalary(input({ blocks: ['Median wage', '41.00 $/hour'], countryHint: 'CA' }));
    expect(statistic.salary).toBeNull();
  });

  it('ignores benefit amounts around the salary', () => {
    const r = pickSalary(
      input({
        blocks: [
          '€80.000 - €85.000 / year',
          'Relocation package: reimbursement of relocation costs in the amount of € 1,500 EUR;',
          'Personal education budgets up to € 1,000 per year;',
        ],
      }),
    );
    expect(figures(r)).toEqual([[80000, 85000, 'EUR', 'year']]);
  });
  it.each([
    [
      'levels in one sentence',
      ['Pleno: R$ 8 mil a R$ 11 mil - Senior: R$ 12 mil a R$ 15 mil.'],
      [8000, 15000, 'BRL', 'month'],
    ],
    [
      'one line per role',
      ['Условия:', '2000 - 2600 € (бруто) - готвач;', '1700 - 1950 € (бруто) - камериерка;'],
      [1700, 2600, 'EUR', 'month'],
    ],
    [
      'zones of a pay range',
      ['Zone A: $150,000 - $180,000 per year', 'Zone B: $135,000 - $162,000 per year'],
      [135000, 180000, 'USD', 'year'],
    ],
    // a label or pay word said once, before the first of the levels in one sentence
    [
      'levels after one label',
      ['Salary by level — L3: $120k–$150k; L4: $150k–$190k.'],
      [120000, 190000, 'USD', 'year'],
    ],
    [
      'states after one pay word',
      ['The base salary range for this role is California: $150,000–$180,000; Colorado: $130,000–$160,000.'],
      [130000, 180000, 'USD', 'year'],
    ],
    [
      'tiers after one label',
      ['Compensation: $150,000 – $190,000 (Tier 1 cities); $135,000 – $171,000 (Tier 2 cities)'],
      [135000, 190000, 'USD', 'year'],
    ],
  ])('pay given per level or place is their union: %s', (_, blocks, want) => {
    expect(
      headline(pickSalary(input({ blocks, countryHint: blocks[0]?.includes('R$') ? 'BR' : null }))),
    ).toEqual(want);
  });

  it.each([
    ['another currency', ['Salary: $100,000 - $120,000 per year.', 'In the UK: £70,000 - £90,000 per year.']],
    ['a bonus', ['Salary: $100,000 - $120,000 per year, plus a $10,000 - $20,000 annual bonus.']],
    [
      'pay far apart on the page',
      [
        'Salary: $100,000 - $120,000 per year.',
        'We ship weekly.',
        'Interns earn $40,000 - $50,000 per year.',
      ],
    ],
    [
      'pay for other terms',
      ['part-time: USD $100,000 - $120,000 per year full-time: USD $150,000 - $200,000 per year'],
    ],
  ])('figures that are not the same pay at another level stay apart: %s', (_, blocks) => {
    expect(headline(pickSalary(input({ blocks })))?.slice(0, 2)).toEqual([100000, 120000]);
  });

  it('levels in one labelled value are their union', () => {
    const text = '$150,000 – $190,000 (Tier 1 cities); $135,000 – $171,000 (Tier 2 cities)';
    const labelled = [
      { text, source: 'label' as const, label: 'salary' as const, shown: `Compensation: ${text}` },
    ];
    expect(headline(pickSalary(input({ labelled, context: text })))).toEqual([135000, 190000, 'USD', 'year']);
  });

  it('another way to be paid in the same sentence, far from the first, stays apart', () => {
    const blocks = ['Salary: 21 250 - 25 000 PLN gross/monthly OR 167 - 196 PLN net/hourly'];
    expect(headline(pickSalary(input({ blocks })))?.slice(0, 2)).toEqual([21250, 25000]);
  });
  it.each([
    ['VN', 'Salary: 20M - 30M gross', [20000000, 30000000, 'VND', 'month']],
    ['DE', 'Gehalt: 60k brutto', [60000, 60000, 'EUR', 'year']],
    ['CA', 'Salary: 50,000 - 60,000', [50000, 60000, 'CAD', 'year']],
    [null, 'Salary: 50,000 - 60,000', [50000, 60000, null, 'year']],
  ])(
    'a figure that writes no currency is in the currency of the job’s country (%s): %s',
    (hint, text, want) => {
      expect(headline(pickSalary(input({ blocks: [text], countryHint: hint })))).toEqual(want);
    },
  );
});
