import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  disabled: boolean;
  onFile(file: File): void;
  /** A line under the input saying what happens to the file. */
  children?: ComponentChildren;
}

/**
 * A labelled file input for one .json file. It is emptied after each choice, so choosing the
 * same file again (after fixing it) is a new choice.
 */
export function JsonFileInput({ id, label, disabled, onFile, children }: Props) {
  return (
    <div class="bs-import">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        disabled={disabled}
        onChange={(e) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
      {children && <p class="bs-asof">{children}</p>}
    </div>
  );
}
