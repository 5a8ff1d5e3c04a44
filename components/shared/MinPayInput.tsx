import type { ComponentChildren } from 'preact';

/** What the user typed as a minimum yearly pay: a positive amount, or no minimum at all. */
export function minPayOf(typed: number): number | null {
  return Number.isFinite(typed) && typed > 0 ? typed : null;
}

interface MinPayInputProps {
  value: number | null;
  onChange: (minPay: number | null) => void;
  /** The words around the field ("Pay at least … CAD a year"). */
  children: ComponentChildren;
  after?: ComponentChildren;
  class?: string;
}

/** The one minimum-pay field: in the profile (options) and in the saved jobs' filters (popup). */
export function MinPayInput({ value, onChange, children, after, class: className }: MinPayInputProps) {
  return (
    <label class={className}>
      {children}
      <input
        name="minPay"
        type="number"
        min={0}
        step={1000}
        value={value ?? ''}
        onInput={(e) => onChange(minPayOf(e.currentTarget.valueAsNumber))}
      />
      {after}
    </label>
  );
}
