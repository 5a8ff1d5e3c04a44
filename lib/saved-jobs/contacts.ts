import type { Contact } from './types';

// The people the user deals with for one job, as typed in the tracker: bounded, trimmed, and a
// row left blank is no contact.

export const MAX_CONTACTS = 50;
const MAX_FIELD = 500;

const clean = (value: string): string => value.replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD);

/** The contacts to store: each field one trimmed line, blank rows dropped, at most MAX_CONTACTS. */
export function cleanContacts(contacts: readonly Contact[]): Contact[] {
  return contacts
    .map((c) => ({ name: clean(c.name), role: clean(c.role), email: clean(c.email), link: clean(c.link) }))
    .filter((c) => c.name || c.role || c.email || c.link)
    .slice(0, MAX_CONTACTS);
}

/** One person, whichever copy of a job names them (merge, import). */
export function contactKey(c: Contact): string {
  return [c.name, c.email, c.link].map((v) => v.toLowerCase()).join('|');
}
