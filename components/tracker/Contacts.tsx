import { useState } from 'preact/hooks';
import type { Contact } from '../../lib/saved-jobs/types';

const BLANK: Contact = { name: '', role: '', email: '', link: '' };
// Plain text fields: a half-typed address must not stop the others from being saved.
const FIELDS: { key: keyof Contact; label: string; mode: 'text' | 'email' | 'url' }[] = [
  { key: 'name', label: 'Name', mode: 'text' },
  { key: 'role', label: 'Role', mode: 'text' },
  { key: 'email', label: 'E-mail', mode: 'email' },
  { key: 'link', label: 'Link', mode: 'url' },
];

export interface ContactsProps {
  contacts: readonly Contact[];
  onSave: (contacts: Contact[]) => Promise<void>;
}

/** The people at the employer for this job: edited in place, saved together (the store cleans them). */
export function Contacts({ contacts, onSave }: ContactsProps) {
  const [rows, setRows] = useState<Contact[]>(() => [...contacts]);
  const [state, setState] = useState<'idle' | 'saved' | 'error'>('idle');
  const edit = (i: number, patch: Partial<Contact>): void => {
    setRows((all) => all.map((c, k) => (k === i ? { ...c, ...patch } : c)));
    setState('idle');
  };
  const remove = (i: number): void => {
    setRows((all) => all.filter((_, k) => k !== i));
    setState('idle');
  };
  const save = (e: Event): void => {
    e.preventDefault();
    onSave(rows).then(
      () => setState('saved'),
      () => setState('error'),
    );
  };
  return (
    <form class="contacts" aria-labelledby="contacts-heading" onSubmit={save}>
      <h2 id="contacts-heading">Contacts</h2>
      {rows.length === 0 && <p class="muted">No contact yet.</p>}
      {rows.map((c, i) => (
        <fieldset class="contact" key={i}>
          <legend>Contact {i + 1}</legend>
          {FIELDS.map(({ key, label, mode }) => (
            <label key={key}>
              {label}
              <input
                name={`contact-${i}-${key}`}
                type="text"
                inputMode={mode}
                maxLength={500}
                value={c[key]}
                onInput={(e) => edit(i, { [key]: e.currentTarget.value })}
              />
            </label>
          ))}
          <button type="button" class="contact-remove" onClick={() => remove(i)}>
            Remove contact {i + 1}
          </button>
        </fieldset>
      ))}
      <div class="contact-actions">
        <button type="button" class="contact-add" onClick={() => setRows((all) => [...all, { ...BLANK }])}>
          Add a contact
        </button>
        <button type="submit" class="contacts-save">
          Save contacts
        </button>
        {state !== 'idle' && (
          <span role="status">{state === 'saved' ? 'Contacts saved' : 'Could not save the contacts'}</span>
        )}
      </div>
    </form>
  );
}
