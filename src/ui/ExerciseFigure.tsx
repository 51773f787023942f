import { useMemo } from 'react';
import {
  ACTIVATION_BAND_COLOURS,
  type ActivationBand,
  activationBand,
  type ExerciseKeyPose,
  exerciseFigure,
} from '../domain/exercises';
import { messages } from '../domain/messages';

const t = messages.assessment.exercises;

/** Fill of a working muscle by its published activation band (light to dark). */
const BAND_COLOURS: Readonly<Record<ActivationBand, string>> = ACTIVATION_BAND_COLOURS;

export interface ExerciseFigureProps {
  pose: ExerciseKeyPose;
  /** Mean published activation (% MVIC); null: no data (drawn grey). */
  gluteusMediusPct: number | null;
  gluteusMaximusPct: number | null;
  name: string;
  /** Width in CSS pixels; the box is 3:4 and the figure fits inside it, so lying and standing poses share one scale of box. */
  width?: number;
}

function fill(pct: number | null): string {
  return pct === null ? '#cfcfcf' : BAND_COLOURS[activationBand(pct)];
}

/** The exercise's key position as a stick figure, with the gluteal muscles coloured by activation. */
export function ExerciseFigure({
  pose,
  gluteusMediusPct,
  gluteusMaximusPct,
  name,
  width = 120,
}: ExerciseFigureProps) {
  const f = useMemo(() => exerciseFigure(pose), [pose]);
  const [x, y, w, h] = f.viewBox;
  const stroke = 0.035;
  const line = (a: { x: number; y: number }, b: { x: number; y: number }, colour = '#333') => (
    <line
      x1={a.x}
      y1={a.y}
      x2={b.x}
      y2={b.y}
      stroke={colour}
      strokeWidth={stroke}
      strokeLinecap="round"
    />
  );
  return (
    <svg
      className="exercise-figure"
      role="img"
      aria-label={t.pictureAlt(name)}
      viewBox={`${x} ${y} ${w} ${h}`}
      width={width}
      height={Math.round(width * 0.75)}
    >
      <line
        x1={x}
        y1={f.floorY + stroke / 2}
        x2={x + w}
        y2={f.floorY + stroke / 2}
        stroke="#999"
        strokeWidth={0.01}
      />
      {line(f.hip, f.otherKnee, '#888')}
      {line(f.otherKnee, f.otherAnkle, '#888')}
      {line(f.hip, f.shoulder)}
      {line(f.shoulder, f.elbow)}
      {line(f.elbow, f.wrist)}
      {line(f.hip, f.knee)}
      {line(f.knee, f.ankle)}
      <circle
        cx={f.head.x}
        cy={f.head.y}
        r={f.headRadius}
        fill="#fff"
        stroke="#333"
        strokeWidth={stroke * 0.8}
      />
      <circle
        cx={f.hip.x}
        cy={f.hip.y}
        r={0.07}
        fill={fill(gluteusMaximusPct)}
        stroke="#333"
        strokeWidth={0.01}
      />
      <circle
        cx={f.hip.x}
        cy={f.hip.y}
        r={0.04}
        fill={fill(gluteusMediusPct)}
        stroke="#333"
        strokeWidth={0.01}
      />
    </svg>
  );
}

/** Key to the colours of `ExerciseFigure`. */
export function ActivationLegend() {
  return (
    <div className="activation-legend">
      <p className="small">{t.legend}</p>
      <ul>
        {(Object.keys(BAND_COLOURS) as ActivationBand[]).map((band) => (
          <li key={band}>
            <span
              className="swatch"
              style={{ background: BAND_COLOURS[band] }}
              aria-hidden="true"
            />{' '}
            {t.bands[band]}
          </li>
        ))}
      </ul>
      <p className="small muted">{t.pictureLegend}</p>
    </div>
  );
}
