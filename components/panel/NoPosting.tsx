import type { PageKind } from '../../lib/model/reading';
import { Header } from './Panel';

export interface NoPostingProps {
  /** What the page looked like instead: a list of jobs, or no job at all. */
  kind: Exclude<PageKind, 'posting'>;
  /** Read the page as one posting all the same. */
  onRead: () => void;
  onClose: () => void;
}

const WHY: Record<NoPostingProps['kind'], string> = {
  list: 'This page looks like a list of jobs: open one posting to read it.',
  none: 'This page does not look like a job posting.',
};

/** What a user who asked (Scan this page, the shortcut, the menu) sees when the page holds no
 * single posting: why, and a way to read it anyway. A request never ends in silence. */
export function NoPosting({ kind, onRead, onClose }: NoPostingProps) {
  return (
    <div class="js-frame js-corner-bottom-right">
      <section class="js-panel js-no-posting" role="status" aria-label="Jobsight">
        <Header onClose={onClose} />
        <h2 class="js-title">No single job posting found here</h2>
        <p class="js-why">{WHY[kind]}</p>
        <button type="button" class="js-save js-read-anyway" onClick={onRead}>
          Read it anyway
        </button>
      </section>
    </div>
  );
}
