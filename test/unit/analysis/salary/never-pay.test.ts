import { describe, expect, it } from 'vitest';
import { parseSalaryText } from '../../../../lib/analysis/salary';

// Amounts that are money or look like it, but are not the job's pay. Each is rejected for the
// words around it, so the phrasings vary on purpose.
const NEVER_PAY: string[] = [
  // retirement plans and tax forms
  'Generous 401k match',
  '401(k) with a 4% company match',
  'Employer contributes to your 403(b)',
  'We match up to $6,000 a year into your 401k',
  'This is a 1099 contractor position',
  // funding, valuation, revenue
  "We've raised $116M from leading investors",
  'Backed by a $12B fund',
  'We closed our $40M Series B last spring',
  'The company is valued at $3.5B',
  'Our platform processes $2B in payments every year',
  'We crossed $25M ARR in 2024',
  'Annual revenue of $5 million and growing',
  'Seed round: $4M led by top VCs',
  '$50M raised to date',
  'A $12B company',
  'A $1.2 trillion market',
  // benefits, stipends, budgets, allowances
  '£500 learning budget',
  'A £1,000 yearly training budget',
  '€1,500 relocation bonus',
  'Reimbursement of relocation costs in the amount of € 2,000 EUR',
  'Personal education budgets up to € 1,200 per year',
  'Life insurance - 1x salary up to $350,000',
  'Life insurance at 2 times annual salary, up to $500,000',
  'Personal learning and development budget of 2,500USD per annum',
  '$1,000 home office stipend',
  '$300 a year wellness allowance',
  'Up to £250 a year towards glasses',
  'Dental cover – 100% of fees covered, up to £400, including checkups',
  'Enjoy $100/month phone reimbursement',
  'A $5,000 signing bonus',
  'Referral bonus of $3,000',
  // in languages written without spaces, the cue is inside a run of characters
  '仙台市移住支援事業認定で最大100万円の移住祝い金',
  '住宅手当 月2万円',
  '公司已完成5000万元融资',
  '$2,500 annual bonus',
  'Equity grant worth $50,000',
  '$75 monthly gym membership credit',
  'Conference budget: $2,000',
  // sales targets and prices
  'You will carry a $600k annual quota',
  'Manage a pipeline of $400,000 per quarter',
  'Plans start at $49/month per seat',
  '$10 per user per month',
  // shift premiums and statistics
  '+$2/hr night differential',
  'Shift differential of $1.50/hr for weekends',
  'Median wage: $41.00/hour',
  'The average salary for this role nationally is $98,000',
  'Paid well above the $15/hour minimum wage',
  // numbers that are not money at all
  'Kubernetes (k8s), 24/7 on-call, COVID-19',
  'Since 2024 we have grown to 500 employees',
  'We serve 10,000 customers in 50 countries',
  'Call us at +1 (555) 123-4567',
  'Top performers earn 10-50% more',
  'Up to 20% bonus',
  '5-7 years of experience with SQL Server 2016',
  'Min Experience 5 years',
  'A 3.3 minimum GPA',
];

describe('parseSalaryText: never pay', () => {
  it.each(NEVER_PAY)('%s', (text) => {
    expect(parseSalaryText(text)).toEqual([]);
  });
});

describe('parseSalaryText: pay next to things that are not pay', () => {
  it.each([
    ['Compensation: $130k USD, 100% 401k Match, Excellent Insurance', 130000, 130000],
    ['Pay: $140k-$165k USD, 100% 401k Match', 140000, 165000],
    ['Salary: $120,000 + $10,000 signing bonus', 120000, 120000],
    ["Salary £52,000. We've raised $30M and offer a £1,000 learning budget.", 52000, 52000],
  ] as const)('%s', (text, min, max) => {
    expect(parseSalaryText(text).map((s) => [s.min, s.max])).toEqual([[min, max]]);
  });
});
