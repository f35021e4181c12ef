interface Props {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  hint?: string;
}

/** An on/off switch: a button with role="switch", so keyboards and screen readers know it. */
export function Toggle({ label, checked, onChange, disabled, hint }: Props) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      class={`bs-toggle${checked ? ' bs-toggle-on' : ''}`}
      disabled={disabled}
      title={hint}
      onClick={() => onChange(!checked)}
    >
      <span class="bs-toggle-track" aria-hidden="true">
        <span class="bs-toggle-thumb" />
      </span>
      <span class="bs-toggle-label">{label}</span>
    </button>
  );
}
