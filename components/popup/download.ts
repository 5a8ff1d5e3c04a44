/** Hand text to the browser as a file download; nothing leaves the machine. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; free it once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "jobsight-saved-jobs-2026-11-03.json" */
export function exportName(extension: string, now = new Date()): string {
  return `jobsight-saved-jobs-${now.toISOString().slice(0, 10)}.${extension}`;
}
