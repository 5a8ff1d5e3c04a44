import { useLayoutEffect, useRef } from 'preact/hooks';

export interface UndoBarProps {
  /** What was done, in a sentence: "Deleted “Data Analyst”." */
  text: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** "Deleted …  Undo" (one job in the popup, many in the tracker): focus moves to Undo so a keyboard user can take the deletion back at once. */
export function UndoBar({ text, onUndo, onDismiss }: UndoBarProps) {
  const undo = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => undo.current?.focus(), [text]);
  return (
    <div class="undo-bar" role="status">
      <span class="undo-text">{text}</span>
      <button ref={undo} type="button" class="undo" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="undo-dismiss" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
