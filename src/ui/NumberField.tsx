export interface NumberFieldProps {
  label: string;
  value: number;
  /** Allowed range, inclusive; values outside it are not passed on (the field keeps them). */
  range: readonly [number, number];
  step: number;
  onChange: (value: number) => void;
}

/** A labelled number input that passes on only values inside its range. */
export function NumberField({ label, value, range: [min, max], step, onChange }: NumberFieldProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(e) => {
          const next = Number(e.target.value);
          if (e.target.value !== '' && next >= min && next <= max) onChange(next);
        }}
      />
    </label>
  );
}
