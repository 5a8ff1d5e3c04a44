import { useRef } from 'preact/hooks';

export interface TransferBarProps {
  canExport: boolean;
  onExportJson: () => void;
  onExportCsv: () => void;
  onImport: (file: File) => void;
}

/** Export every job (JSON to keep or move, CSV for spreadsheets) and import a JSON export back. */
export function TransferBar({ canExport, onExportJson, onExportCsv, onImport }: TransferBarProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class="transfer" role="group" aria-label="Export and import">
      <button type="button" class="export-json" disabled={!canExport} onClick={onExportJson}>
        Export JSON
      </button>
      <button type="button" class="export-csv" disabled={!canExport} onClick={onExportCsv}>
        Export CSV
      </button>
      <button type="button" class="import" onClick={() => input.current?.click()}>
        Import JSON…
      </button>
      <input
        ref={input}
        type="file"
        class="import-file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onImport(file);
        }}
      />
    </div>
  );
}
