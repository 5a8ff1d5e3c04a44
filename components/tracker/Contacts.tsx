import { useRef, useState } from 'preact/hooks';
import type { Contact } from '../../lib/saved-jobs/types';

const BLANK: Contact = { name: '', role: '', email: '', link: '' };
// Plain text fields: a half-typed address must not stop the others from being saved.
const FIELDS: { field: keyof Contact; label: string; mode: 'text' | 'email' | 'url' }[] = [
  { field: 'name', label: 'Name', mode: 'text' },
  { field: 'role', label: 'Role', mode: 'text' },
  { field: 'email', label: 'E-mail', mode: 'email' },
  { field: 'link', label: 'Link', mode: 'url' },
];

export interface ContactsProps {
  contacts: readonly Contact[];
  onSave: (contacts: Contact[]) => Promise<void>;
}

interface Row {
  /** Stable while rows are added and removed: it names the row's fields. */
  key: number;
  initial: Contact;
}

/** The people at the employer for this job, saved together; the fields are read from the form on
 * submit (what is in them is what is saved), and the store cleans them. */
export function Contacts({ contacts, onSave }: ContactsProps) {
  const next = useRef(contacts.length);
  const [rows, setRows] = useState<Row[]>(() => contacts.map((initial, key) => ({ key, initial })));
  const [state, setState] = useState<'idle' | 'saved' | 'error'>('idle');
  const change = (update: (all: Row[]) => Row[]): void => {
    setRows(update);
    setState('idle');
  };
  const save = (e: SubmitEvent): void => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const read = (key: number, field: keyof Contact): string =>
      String(form.get(`contact-${key}-${field}`) ?? '');
    const typed = rows.map(({ key }) => ({
      name: read(key, 'name'),
      role: read(key, 'role'),
      email: read(key, 'email'),
      link: read(key, 'link'),
    }));
    onSave(typed).then(
      () => setState('saved'),
      () => setState('error'),
    );
  };
  return (
    <form
      class="contacts"
      aria-labelledby="contacts-heading"
      onSubmit={save}
      onInput={() => setState('idle')}
    >
      <h2 id="contacts-heading">Contacts</h2>
      {rows.length === 0 && <p class="muted">No contact yet.</p>}
      {rows.map(({ key, initial }, i) => (
        <fieldset class="contact" key={key}>
          <legend>Contact {i + 1}</legend>
          {FIELDS.map(({ field, label, mode }) => (
            <label key={field}>
              {label}
              <input
                name={`contact-${key}-${field}`}
                type="text"
                inputMode={mode}
                maxLength={500}
                defaultValue={initial[field]}
              />
            </label>
          ))}
          <button
            type="button"
            class="contact-remove"
            onClick={() => change((all) => all.filter((r) => r.key !== key))}
          >
            Remove contact {i + 1}
          </button>
        </fieldset>
      ))}
      <div class="contact-actions">
        <button
          type="button"
          class="contact-add"
          onClick={() => change((all) => [...all, { key: next.current++, initial: { ...BLANK } }])}
        >
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
