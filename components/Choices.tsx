interface Props<T extends string> {
  legend: string;
  /** The form field's name; also what a test finds the inputs by. */
  name: string;
  /** Radio buttons pick one; check boxes pick any. */
  kind: 'radio' | 'checkbox';
  options: readonly { value: T; label: string }[];
  isChecked(value: T): boolean;
  onChange(value: T, checked: boolean): void;
}

/** A set of labelled radio buttons or check boxes in a fieldset. */
export function Choices<T extends string>({ legend, name, kind, options, isChecked, onChange }: Props<T>) {
  return (
    <fieldset class="bs-fieldset">
      <legend>{legend}</legend>
      {options.map(({ value, label }) => (
        <label key={value} class="bs-choice">
          <input
            type={kind}
            name={name}
            value={value}
            checked={isChecked(value)}
            onChange={(e) => onChange(value, (e.target as HTMLInputElement).checked)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
