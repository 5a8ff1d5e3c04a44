import type { DiffPart } from '../../lib/saved-jobs/diff';

/** The description's changes as text: what was added in <ins>, what went in <del>. Page text is
 * data, so every part is a text node. */
export function DiffView({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <div class="diff">
      {parts.map((p, i) =>
        p.kind === 'added' ? (
          <ins key={i}>{p.text}</ins>
        ) : p.kind === 'removed' ? (
          <del key={i}>{p.text}</del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  );
}
