import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { JobFilters } from '../../../components/popup/JobFilters';
import { ProfileForm } from '../../../components/shared/ProfileForm';
import { minPayOf } from '../../../components/shared/MinPayInput';
import type { Profile } from '../../../lib/model/types';
import { DEFAULT_QUERY } from '../../../lib/saved-jobs/query';

const PROFILE: Profile = { country: 'CA', subdivision: 'CA-ON', currency: 'CAD', minPay: null };

describe('the minimum pay a user types', () => {
  it.each([
    [90000, 90000],
    [0.5, 0.5],
    [0, null],
    [-1, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
  ])('%s is read as %s', (typed, want) => {
    expect(minPayOf(typed)).toBe(want);
  });

  async function type(root: HTMLElement, value: string): Promise<void> {
    const input = root.querySelector<HTMLInputElement>('input[name="minPay"]')!;
    await act(async () => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    });
  }

  it.each([
    ['80000', 80000],
    ['0', null],
    ['', null],
  ])('reads %j the same in the popup filters and in the profile', async (typed, want) => {
    const onFilter = vi.fn();
    const filters = document.createElement('div');
    render(
      <JobFilters
        query={DEFAULT_QUERY}
        profile={PROFILE}
        onChange={onFilter}
        searchRef={{ current: null }}
      />,
      filters,
    );
    await type(filters, typed);
    expect(onFilter).toHaveBeenLastCalledWith({ minPay: want });

    const onSave = vi.fn(async (_p: Profile) => {});
    const profile = document.createElement('div');
    render(<ProfileForm profile={PROFILE} onSave={onSave} />, profile);
    await type(profile, typed);
    await act(async () => {
      profile.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ minPay: want }));
  });
});
