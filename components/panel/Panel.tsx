import type { Job } from '../../lib/model/job';
import type { SaveInfo, SaveState } from '../../lib/panel/save';
import type { Workplace } from '../../lib/model/types';
import type { JobView } from '../../lib/model/types';
import { OtherPostings } from './OtherPostings';
import { PanelFlags } from './PanelFlags';
import { VerdictChip } from '../shared/VerdictChip';

export type { SaveInfo, SaveState };

export interface PanelProps {
  job: Job;
  /** What the job means for this user; null until the profile is loaded. */
  view: JobView | null;
  save: SaveInfo;
  onSave: () => void;
  onClose: () => void;
  onCollapse: () => void;
  onMove: () => void;
  /** Scroll to a quoted sentence on the page and mark it. */
  onShowEvidence?: (text: string) => void;
  /** A one-line status ("That sentence is not visible on the page."). */
  note?: string | null;
  /** Opens the settings, offered while no country is set. */
  onOpenSettings?: () => void;
  /** The page's other full postings, when it holds several, and how to read one of them. */
  others?: readonly string[];
  onReadOther?: (name: string) => void;
}

const SAVE_LABEL: Record<SaveState, string> = {
  idle: 'Save',
  saving: 'Saving…',
  saved: 'Saved ✓',
  error: 'Retry save',
};

const WORKPLACE: Record<Workplace, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
  unknown: 'Not stated',
};

/** "Saved ✓", or "Saved ✓ · Applied" once the job has moved on in the user's list. */
export function saveLabel(save: SaveInfo): string {
  const label = SAVE_LABEL[save.state];
  if (save.state !== 'saved' || !save.status || save.status === 'saved') return label;
  return `${label} · ${save.status.charAt(0).toUpperCase()}${save.status.slice(1)}`;
}

function savedOn(save: SaveInfo): string | undefined {
  return save.savedAt === null ? undefined : `Saved on ${new Date(save.savedAt).toLocaleDateString()}`;
}

function Pay({ job, view, onShowEvidence }: Pick<PanelProps, 'job' | 'view' | 'onShowEvidence'>) {
  const s = job.salary;
  // Structured data's pay is not written on the page, so there is nothing there to show.
  const findable = s && s.source !== 'jsonld' && onShowEvidence;
  return (
    <dd>
      {findable ? (
        <button
          type="button"
          class="js-salary js-link"
          title="Show the pay on the page"
          onClick={() => onShowEvidence(s.raw)}
        >
          {s.raw}
        </button>
      ) : (
        <span class="js-salary">{s?.raw ?? 'Not stated'}</span>
      )}
      {view?.pay && view.pay !== s?.raw && <span class="js-pay">{view.pay}</span>}
      {view?.yearly && (
        <span class="js-yearly" title={view.ratesNote ?? undefined}>
          {view.yearly}
        </span>
      )}
      {view?.belowMinimum && <span class="js-below">Below your minimum</span>}
    </dd>
  );
}

/** The panel's header; without `onMove` and `onCollapse` it offers only Close. */
export function Header({
  onMove,
  onCollapse,
  onClose,
}: Partial<Pick<PanelProps, 'onMove' | 'onCollapse'>> & Pick<PanelProps, 'onClose'>) {
  return (
    <header class="js-head">
      <span class="js-brand">Jobsight</span>
      <span class="js-tools">
        {onMove && onCollapse && <FoldAndMove onMove={onMove} onCollapse={onCollapse} />}
        <button
          type="button"
          class="js-tool js-close"
          aria-label="Close Jobsight panel"
          title="Close"
          onClick={onClose}
        >
          ×
        </button>
      </span>
    </header>
  );
}

function FoldAndMove({ onMove, onCollapse }: Pick<PanelProps, 'onMove' | 'onCollapse'>) {
  return (
    <>
      <button
        type="button"
        class="js-tool js-move"
        aria-label="Move the panel to the next corner"
        title="Move"
        onClick={onMove}
      >
        ⇆
      </button>
      <button
        type="button"
        class="js-tool js-collapse"
        aria-label="Fold the Jobsight panel to a badge"
        aria-expanded="true"
        title="Fold (Esc)"
        onClick={onCollapse}
      >
        –
      </button>
    </>
  );
}

/** The in-page card: what the posting is, whether you can apply, what it pays, and Save. Text only. */
export function Panel(props: PanelProps) {
  const { job, view, save, onSave, onShowEvidence, note } = props;
  return (
    <section class="js-panel" aria-label="Jobsight">
      <Header {...props} />
      <h2 class="js-title">{job.title}</h2>
      {job.company && <p class="js-company">{job.company}</p>}
      {view?.repost && <p class="js-note">{view.repost}</p>}
      {view && <VerdictChip verdict={view.verdict} onShowEvidence={onShowEvidence} />}
      {view?.needsProfile && props.onOpenSettings && (
        <button type="button" class="js-settings" onClick={props.onOpenSettings}>
          Set where you live
        </button>
      )}
      <dl class="js-facts">
        <dt>Workplace</dt>
        <dd class="js-workplace">{WORKPLACE[job.workplace]}</dd>
        <dt>Location</dt>
        <dd class="js-location">{job.locationText ?? 'Not stated'}</dd>
        <dt>Pay</dt>
        <Pay job={job} view={view} onShowEvidence={onShowEvidence} />
      </dl>
      <PanelFlags job={job} quoted={view?.verdict.evidence} onShowEvidence={onShowEvidence} />
      {props.others?.length && props.onReadOther ? (
        <OtherPostings names={props.others} onRead={props.onReadOther} />
      ) : null}
      {note && (
        <p class="js-note" role="status">
          {note}
        </p>
      )}
      <button
        type="button"
        class="js-save"
        title={savedOn(save)}
        disabled={save.state === 'saving' || save.state === 'saved'}
        onClick={onSave}
      >
        {saveLabel(save)}
      </button>
    </section>
  );
}
