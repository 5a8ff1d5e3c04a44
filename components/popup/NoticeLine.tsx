import type { Notice } from './use-saved-jobs';

/** What the last export, import or change said: an error is an alert, anything else a status. */
export function NoticeLine({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  return notice.kind === 'error' ? (
    <p class="notice notice-error" role="alert">
      {notice.text}
    </p>
  ) : (
    <p class="notice" role="status">
      {notice.text}
    </p>
  );
}
