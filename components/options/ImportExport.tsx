// Import, export and "reset to team defaults" for the rule-set file.
import { useRef } from 'react';
import type { OptionsController } from './options-store';

export function ImportExport({ ctl }: { ctl: OptionsController }) {
  const input = useRef<HTMLInputElement>(null);
  const exportFile = () => {
    const blob = new Blob([ctl.exportText()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'tactful-rules.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="import-export">
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void ctl.importFile(f);
          e.target.value = '';
        }}
      />
      <button type="button" onClick={() => input.current?.click()}>
        Import…
      </button>
      <button type="button" onClick={exportFile}>
        Export
      </button>
      <button type="button" className="secondary" onClick={() => void ctl.reset()}>
        Reset to team defaults
      </button>
    </div>
  );
}
