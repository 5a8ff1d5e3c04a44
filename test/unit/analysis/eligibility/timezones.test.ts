import { describe, expect, it } from 'vitest';
import { findTimezone, fitOf } from '../../../../lib/analysis/eligibility/timezones';
import { expectRules, read, readText } from './helpers';

const H = 60;

describe('time-zone windows', () => {
  it.each([
    ['Candidates must live between UTC-1 and UTC+4.', 'between UTC-1 and UTC+4', [-1 * H, 4 * H]],
    ['We hire from UTC-1 to UTC+4.', 'from UTC-1 to UTC+4', [-1 * H, 4 * H]],
    ['Must be within the GMT-8 to GMT-3 time zones.', 'GMT-8 to GMT-3', [-8 * H, -3 * H]],
    ['Team hours: EST ±3h.', 'EST ±3h', [-8 * H, -1 * H]],
    ['Located in UTC−05:00 to UTC+01:00', 'UTC−05:00 to UTC+01:00', [-5 * H, 1 * H]],
    ['Anywhere in CET +/- 2 hours.', 'CET +/- 2 hours', [-1 * H, 4 * H]],
    ['You must be within 3 hours of UTC.', 'within 3 hours of UTC', [-3 * H, 3 * H]],
    ['Working hours PT to ET.', 'PT to ET', [-8 * H, -4 * H]],
    ['Pacific Time to Eastern Time, please.', 'Pacific Time to Eastern Time', [-8 * H, -4 * H]],
    ['Open to UTC-3 to +2.', 'UTC-3 to +2', [-3 * H, 2 * H]],
    ['Must be based in the IST time zone.', 'IST', [5.5 * H, 5.5 * H]],
    ['Remote - US (Eastern Timezone)', 'Eastern Timezone', [-5 * H, -4 * H]],
    ['Remote - Canada (PST)', 'PST', [-8 * H, -7 * H]],
    ['Remote (US, EST)', 'EST', [-5 * H, -4 * H]],
    ['[remote regional +- 4h CET]', '+- 4h CET', [-3 * H, 6 * H]],
    ['You must be located in the Eastern time zone.', 'Eastern time zone', [-5 * H, -4 * H]],
  ])('%s', (text, written, window) => {
    expect(findTimezone(text)).toEqual({ text: written, window });
  });

  it.each([['3-4 hour overlap with EST time required.', '3-4 hour overlap with EST time required']])(
    'keeps working-hours wording without a window: %s',
    (text, written) => {
      expect(findTimezone(text)).toEqual({ text: written, window: null });
    },
  );

  it.each([
    'Must be able to work EST hours.',
    'Must be based in Lisbon, PT.',
    'We use GMT dates in our reports.',
    // a schedule's hours in brackets, not where to live (CST is the Philippines' or China's here)
    'Schedule: Monday - Friday (8:00AM – 5:00PM CST)',
    'No time zones here at all.',
  ])('finds no window in %s', (text) => {
    expect(findTimezone(text)?.window ?? null).toBeNull();
  });
});

describe('countries in a window', () => {
  it.each([
    [[-1 * H, 4 * H], 'PT', 'inside'],
    [[-1 * H, 4 * H], 'GB', 'inside'],
    [[-1 * H, 4 * H], 'JP', 'outside'],
    [[-1 * H, 4 * H], 'RU', 'partly'],
    [[-8 * H, -3 * H], 'AR', 'inside'],
    [[-8 * H, -3 * H], 'US', 'partly'],
    [[-8 * H, -3 * H], 'IN', 'outside'],
  ] as const)('%o holds %s: %s', (window, cc, fit) => {
    expect(fitOf([window[0], window[1]], cc)).toBe(fit);
  });

  it('has no answer for a place without zones', () => {
    expect(fitOf([0, 60], 'ZZ')).toBeNull();
  });
});

describe('a region qualified by a time zone', () => {
  it.each([
    // its countries that keep those hours; Mexico's one Eastern-hours state only touches the window
    ['Remote - North America (Eastern Time Zone)', { countries: ['CA', 'US'], regions: [] }],
    ['North America - Eastern Timezone', { countries: ['CA', 'US'], regions: [] }],
    ['Remote - North America (Pacific Time)', { countries: ['CA', 'MX', 'US'], regions: [] }],
    ['Remote - North America, Central Time', { countries: ['CA', 'MX', 'US'], regions: [] }],
    // a window that leaves most of the region standing decides person by person instead
    ['Remote (Americas, EST ±3 hours)', { countries: [], regions: ['AMERICAS'] }],
    ['Remote - Europe (CET ±1)', { countries: [], regions: ['EUROPE'] }],
    // a two-letter zone is a country code too
    ['Remote - LATAM (PT)', { countries: [], regions: ['LATAM'] }],
  ])('%s', (locationText, want) => {
    expectRules(read({ locationText, workplace: 'remote' }), { kind: 'countries', ...want });
  });
});

describe('time zones in a record', () => {
  it('keeps the window as written and names no countries', () => {
    const e = readText(
      'Although fully remote, this role is for candidates living in timezones between UTC-1 and UTC+4 only.',
    );
    expect(e).toMatchObject({ kind: 'unknown', countries: [], timezones: 'between UTC-1 and UTC+4' });
    expect(e.evidence).toContainEqual({ text: expect.stringContaining('UTC-1'), role: 'timezone' });
  });

  it.each([
    'Our team spans time zones from UTC-8 to UTC+8.',
    'Our teammates work across time zones from PST to CET, and we rely on async communication.',
  ])('does not take the team’s own hours as a rule: %s', (text) => {
    expect(readText(text, { locationText: 'Remote (Worldwide)' })).toMatchObject({
      kind: 'worldwide',
      timezones: null,
    });
  });

  it('takes a rule after a word about the team', () => {
    expect(readText('We are a distributed team; you must be based within UTC-3 to UTC+3.').timezones).toBe(
      'UTC-3 to UTC+3',
    );
  });

  it('does not take a preferred window as a rule', () => {
    expect(readText('Remote; ideally within UTC+1 to UTC+3.').timezones).toBeNull();
  });
});
