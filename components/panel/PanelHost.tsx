import { useEffect, useRef, useState } from 'preact/hooks';
import { clearEvidence, showEvidence } from '../../lib/panel/highlight';
import type { Job } from '../../lib/model/job';
import { nextCorner } from '../../lib/panel/layout';
import type { SaveController, SaveInfo } from '../../lib/panel/save';
import type { VerdictStatus } from '../../lib/model/types';
import type { JobView } from '../../lib/model/types';
import { savePanelPrefs, type PanelPrefs } from '../../utils/panel-prefs';
import { Panel } from './Panel';
import { PanelBadge } from './PanelBadge';
import { useCorner } from './use-corner';

export interface PanelHostProps {
  job: Job;
  /** What the job means for the user's profile; the background works it out (lib/analysis/analyse.ts). */
  view: JobView;
  /** How the panel was left on this site, read before mounting so a folded panel never flashes open. */
  prefs: PanelPrefs;
  save: SaveController;
  /** The page's host: the panel's folded state and corner are remembered per site. */
  site: string;
  onClose: () => void;
  /** Told the verdict for the user's profile (for the toolbar badge). */
  onVerdict?: (status: VerdictStatus) => void;
  /** Opens the extension's settings (first run: no country yet). */
  onOpenSettings?: () => void;
  /** The page's other full postings, and how to read one of them instead. */
  others?: readonly string[];
  onReadOther?: (name: string) => void;
}

function useSaveInfo(save: SaveController): SaveInfo {
  const [info, setInfo] = useState(save.get());
  useEffect(() => {
    const stop = save.subscribe(setInfo);
    void save.refresh();
    return stop;
  }, [save]);
  return info;
}

const NOT_FOUND = 'That sentence is not visible on the page (it may be in a folded section).';

/** The panel wired to the extension: profile, saved status, per-site placement, evidence on the page. */
export function PanelHost({
  job,
  view,
  save,
  site,
  onClose,
  onVerdict,
  onOpenSettings,
  others,
  onReadOther,
  ...props
}: PanelHostProps) {
  const saveInfo = useSaveInfo(save);
  const status = view.verdict.status;
  useEffect(() => void onVerdict?.(status), [status, onVerdict]);

  const [prefs, setPrefs] = useState(props.prefs);
  const frame = useRef<HTMLDivElement>(null);
  // Its shape, since folding changes its size.
  const shape = prefs.collapsed ? 'badge' : 'panel';
  const corner = useCorner(frame, prefs.corner, shape);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => () => clearEvidence(document), []);

  // After folding or opening, keyboard focus follows to the control that undoes it.
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    frame.current?.querySelector<HTMLElement>('.js-badge, .js-collapse')?.focus();
  }, [prefs.collapsed]);

  const update = (patch: Partial<PanelPrefs>): void => {
    const next = { ...prefs, ...patch };
    setPrefs(next);
    void savePanelPrefs(site, next);
  };
  const fold = (collapsed: boolean): void => {
    refocus.current = true;
    update({ collapsed });
  };
  const onShowEvidence = (text: string): void => {
    setNote(showEvidence(document, text) === 'not-found' ? NOT_FOUND : null);
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && !prefs.collapsed) fold(true);
  };
  return (
    <div ref={frame} class={`js-frame js-corner-${corner}`} onKeyDown={onKeyDown}>
      {prefs.collapsed ? (
        <PanelBadge status={status} saved={saveInfo.state === 'saved'} onExpand={() => fold(false)} />
      ) : (
        <Panel
          job={job}
          view={view}
          save={saveInfo}
          note={note}
          onSave={() => void save.save()}
          onClose={onClose}
          onCollapse={() => fold(true)}
          onMove={() => update({ corner: nextCorner(corner) })}
          onShowEvidence={onShowEvidence}
          onOpenSettings={onOpenSettings}
          others={others}
          onReadOther={onReadOther}
        />
      )}
    </div>
  );
}
