import { useKeepInPlace } from './useKeepInPlace';

interface RangeFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** The value as read aloud and shown beside the slider ("40 %", "30°"). */
  valueText: string;
  onChange: (value: number) => void;
  className?: string;
  /** `data-*` attributes for the input (tests and the benchmark find sliders by them). */
  data?: Readonly<Record<`data-${string}`, string>>;
}

/**
 * A labelled slider with its value beside it. The panel is scrolled back by however much the
 * results above it grow or shrink, so the thumb stays under the pointer while dragging.
 */
export function RangeField({
  label,
  value,
  min,
  max,
  step,
  valueText,
  onChange,
  className,
  data,
}: RangeFieldProps) {
  const keepInPlace = useKeepInPlace();
  return (
    <label className={className}>
      <span>{label}</span>
      <input
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={valueText}
        {...data}
        onChange={(e) => {
          keepInPlace(e.currentTarget);
          onChange(Number(e.target.value));
        }}
      />
      <output>{valueText}</output>
    </label>
  );
}
