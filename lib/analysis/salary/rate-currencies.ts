// The currencies whose rates Jobsight carries (scripts/gen-rates.ts writes their values): every
// currency the salary reader recognises on a page, and every one a person can choose as theirs.
// prettier-ignore
export const RATE_CURRENCIES = [
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'JPY', 'CNY', 'HKD', 'TWD', 'KRW', 'SGD', 'INR',
  'PKR', 'LKR', 'NPR', 'BDT', 'IDR', 'MYR', 'PHP', 'THB', 'VND', 'SEK', 'NOK', 'DKK', 'ISK', 'PLN',
  'CZK', 'HUF', 'RON', 'BGN', 'UAH', 'RUB', 'TRY', 'ILS', 'AED', 'SAR', 'QAR', 'KWD', 'EGP', 'MAD',
  'NGN', 'KES', 'ZAR', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'UYU',
] as const;
