import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { diffTexts } from '../../lib/saved-jobs/diff';
import type { JobRow } from '../../lib/saved-jobs/rows';
import type { Contact, Snapshot } from '../../lib/saved-jobs/types';
import type { JobStatus, Profile } from '../../lib/model/types';
import { namedPay, ratesNote, yearlyLine } from '../../lib/analysis/view';
import type { TrackerServices } from '../../utils/tracker-services';
import { DATE, safeHref } from '../popup/format';
import { History, NotesForm, Sightings } from '../popup/JobDetails';
import { StatusPicker } from '../popup/SavedJobRow';
import { Evidence } from '../shared/Evidence';
import { VerdictChip } from '../shared/VerdictChip';
import { Contacts } from './Contacts';
import { DiffView } from './DiffView';
import { FollowUpField } from './FollowUpField';

/** The page's words for the fields the reader records (lib/model/fields.ts). */
const FIELD_LABEL: Record<string, string> = {
  title: 'Title',
  company: 'Company',
  locationText: 'Location',
  workplace: 'Workplace',
  employmentType: 'Employment type',
  datePosted: 'Posted',
  validThrough: 'Open until',
  experience: 'Experience',
  applyUrl: 'Apply link',
  postingId: 'Posting id',
  salaryText: 'Pay',
};

export interface JobPageProps {
  row: JobRow;
  profile: Profile;
  services: TrackerServices;
  loadSnapshot: (id: string) => Promise<Snapshot | undefined>;
  onStatus: (id: string, status: JobStatus) => void;
  onNotes: (id: string, notes: string, tags: string[]) => Promise<void>;
  onContacts: (id: string, contacts: Contact[]) => Promise<void>;
  onFollowUp: (id: string, date: string | null) => Promise<void>;
}

function Part({ title, children }: { title: string; children: ComponentChildren }) {
  const id = `part-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section class="job-part" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Pay({ row, profile }: Pick<JobPageProps, 'row' | 'profile'>) {
  const salary = row.saved.job.salary;
  if (!salary) return <p class="muted">The posting states no pay.</p>;
  const yearly = yearlyLine(salary, profile);
  return (
    <p class="job-pay">
      <span class="job-salary">{salary.raw}</span> {namedPay(salary)}{' '}
      {yearly && <span title={ratesNote()}>{yearly}</span>} <Evidence text={salary.evidence} />
    </p>
  );
}

/** Every field read from the page, with where it came from and the page's own words. */
function Fields({ snapshot }: { snapshot: Snapshot | undefined }) {
  const fields = Object.entries(snapshot?.provenance ?? {}).filter(([name]) => name !== 'description');
  if (!fields.length) return <p class="muted">No field evidence was saved with this job.</p>;
  return (
    <dl class="fields">
      {fields.map(([name, f]) => (
        <div key={name} class="field">
          <dt>{FIELD_LABEL[name] ?? name}</dt>
          <dd>
            <span class="field-value">{f.value}</span> <span class="field-source">({f.source})</span>
            {f.evidence && f.evidence !== f.value && <Evidence text={f.evidence} />}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Description({ snapshot }: { snapshot: Snapshot | undefined }) {
  const later = snapshot?.seenLater;
  if (!snapshot) return <p class="muted">Reading the description…</p>;
  return (
    <>
      {later && (
        <div class="changed">
          <p>
            The posting changed: seen again on{' '}
            <time dateTime={new Date(later.seenAt).toISOString()}>{DATE.format(later.seenAt)}</time>. Added
            text is marked <ins>like this</ins>, removed text <del>like this</del>.
          </p>
          <DiffView parts={diffTexts(snapshot.description, later.description)} />
        </div>
      )}
      <details class="as-saved" open={!later}>
        <summary>The description as saved</summary>
        <div class="job-description">{snapshot.description || 'No description was saved.'}</div>
      </details>
    </>
  );
}

/** One job on a page of its own: every field with its evidence, the description (and what changed
 * since), the status and its dates, notes, contacts and the follow-up date. */
export function JobPage(props: JobPageProps) {
  const { row, profile } = props;
  const { saved, verdict } = row;
  const { job } = saved;
  const [snapshot, setSnapshot] = useState<Snapshot | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => void props.loadSnapshot(saved.id).then(setSnapshot), [saved.id]);
  useLayoutEffect(() => heading.current?.focus(), [saved.id]);
  const posting = safeHref(job.url);
  return (
    <article class="job-page" data-id={saved.id}>
      <p>
        <a href="#/table" class="back">
          ← Back to the list
        </a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {job.title}
      </h1>
      <p class="job-meta">
        {[job.company, job.locationText].filter(Boolean).join(' · ')}
        {posting && (
          <>
            {' · '}
            <a href={posting} target="_blank" rel="noopener noreferrer">
              The posting
            </a>
          </>
        )}
      </p>
      <VerdictChip verdict={verdict} />
      <Pay row={row} profile={profile} />
      <div class="job-columns">
        <div>
          <Part title="Status">
            <StatusPicker saved={saved} onStatus={props.onStatus} />
            <History saved={saved} />
          </Part>
          <Part title="Follow-up">
            <FollowUpField
              job={saved}
              services={props.services}
              onChange={(date) => props.onFollowUp(saved.id, date)}
            />
          </Part>
          <Part title="Notes and tags">
            <NotesForm saved={saved} onNotes={props.onNotes} />
          </Part>
          <Contacts contacts={saved.contacts} onSave={(c) => props.onContacts(saved.id, c)} />
        </div>
        <div>
          <Part title="What the page says">
            <Fields snapshot={snapshot} />
            <Sightings saved={saved} />
          </Part>
          <Part title="Description">
            <Description snapshot={snapshot} />
          </Part>
        </div>
      </div>
    </article>
  );
}
