// The salary engine: pay read from JSON-LD, labelled fields and running text, the headline
// choice among several figures, and conversion to yearly pay in the user's currency.
export { DAYS_PER_YEAR, HOURS_PER_YEAR, MONTHS_PER_YEAR, WEEKS_PER_YEAR } from './constants';
export { salaryFromJsonLd } from './base-salary';
export { pickSalary, type SalaryCandidate, type SalaryInput } from './pick';
export { DEFAULT_RATES, type RateTable } from './rates';
export { parseSalaryText } from './text';
export { toYearly, type YearlyPay } from './yearly';
