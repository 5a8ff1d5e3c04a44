import type { Profile } from './types';
import * as z from 'zod/mini';
import './zod';

/** The user's profile as stored; every read is validated, so a damaged value falls back to defaults. */
export const ProfileSchema = z.object({
  country: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/))),
  subdivision: z.nullable(z.string().check(z.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/))),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  minPay: z.nullable(z.number().check(z.nonnegative())),
});

export const DEFAULT_PROFILE: Profile = { country: null, subdivision: null, currency: 'USD', minPay: null };

export function parseProfile(raw: unknown): Profile {
  const parsed = ProfileSchema.safeParse(raw);
  if (!parsed.success) return DEFAULT_PROFILE;
  const p = parsed.data;
  // A province of another country is a leftover from an earlier choice.
  const subdivision =
    p.subdivision && p.country && p.subdivision.startsWith(`${p.country}-`) ? p.subdivision : null;
  return { ...p, subdivision };
}
