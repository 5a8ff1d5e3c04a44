import { useLayoutEffect, useRef } from 'preact/hooks';

export interface UndoBarProps {
  title: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** "Deleted …  Undo": focus moves to Undo so a keyboard user can take the deletion back at once. */
export function UndoBar({ title, onUndo, onDismiss }: UndoBarProps) {
  const undo = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => undo.current?.focus(), [title]);
  return (
    <div class="undo-bar" role="status">
      <span class="undo-text">Deleted “{title}”.</span>
      <button ref={undo} type="button" class="undo" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="undo-dismiss" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
