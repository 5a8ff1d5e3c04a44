import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { RateOverrides } from '../../../components/options/RateOverrides';
import { DEFAULT_RATES } from '../../../lib/analysis/salary';
import type { RateOverrides as Overrides } from '../../../lib/analysis/salary/overrides';

describe('RateOverrides', () => {
  it('adds and removes a rate through the store', async () => {
    let stored: Overrides = {};
    const save = vi.fn(async (o: Overrides) => (stored = o));
    const root = document.createElement('div');
    await act(async () => render(<RateOverrides load={async () => stored} save={save} />, root));
    const select = root.querySelector<HTMLSelectElement>('select[name="rate-currency"]')!;
    const input = root.querySelector<HTMLInputElement>('input[name="rate-value"]')!;
    await act(async () => {
      select.value = 'EUR';
      select.dispatchEvent(new Event('change'));
      input.value = '0.91';
      input.dispatchEvent(new Event('input'));
      await Promise.resolve();
    });
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(save).toHaveBeenLastCalledWith({ EUR: 0.91 });
    expect(root.querySelector('.rates-list')?.textContent).toContain('0.91 EUR');
    await act(async () => root.querySelector<HTMLButtonElement>('.rates-list button')!.click());
    expect(save).toHaveBeenLastCalledWith({});
    expect(root.querySelector('.rates-list')).toBeNull();
  });

  it('shows the table’s own rate and date where one types a rate, never a bare ellipsis', async () => {
    const root = document.createElement('div');
    await act(async () => render(<RateOverrides load={async () => ({})} save={async (o) => o} />, root));
    const select = root.querySelector<HTMLSelectElement>('select[name="rate-currency"]')!;
    await act(async () => {
      select.value = 'EUR';
      select.dispatchEvent(new Event('change'));
    });
    const input = root.querySelector<HTMLInputElement>('input[name="rate-value"]')!;
    expect(input.placeholder).toBe(`${DEFAULT_RATES.rates['EUR']} (${DEFAULT_RATES.date})`);
    expect(root.textContent).not.toContain('…');
  });
});
