import { type PointerEvent, useMemo, useRef } from 'react';
import { compensationTradeOff, type TradeOff, type TradeOffPoint } from '../domain/mechanics';
import { formatFixed, messages } from '../domain/messages';
import { toMechanicsInput } from '../domain/view-state';
import { useViewer } from '../state';
import { useKeepInPlace } from './useKeepInPlace';

const t = messages.app.mechanicsPanel.tradeOff;
const W = 300;
const H = 160;
const PAD = { left: 34, right: 8, top: 10, bottom: 22 };
const KNEE_COLOR = '#c2410c';
const BACK_COLOR = '#5b21b6';
/** Style step of the chart control (the URL keeps whole percent). */
const STEP = 0.05;

function yRange(trade: TradeOff): [number, number] {
  const values = trade.points.flatMap((p) => [
    p.kneeAdductionMomentNmPerKg,
    p.l5s1SideBendingMomentNmPerKg,
  ]);
  const band = trade.healthyBandNmPerKg;
  values.push(trade.healthy.kneeAdductionMomentNmPerKg + band, -band, band);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const margin = Math.max(0.05, (hi - lo) * 0.08);
  return [lo - margin, hi + margin];
}

/** SVG path of one curve; segments where the centre of pressure leaves the foot go to `dashed`. */
function paths(
  points: readonly TradeOffPoint[],
  value: (p: TradeOffPoint) => number,
  x: (s: number) => number,
  y: (v: number) => number,
): { solid: string; dashed: string } {
  let solid = '';
  let dashed = '';
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const segment = `M${x(a.style).toFixed(1)},${y(value(a)).toFixed(1)}L${x(b.style).toFixed(1)},${y(value(b)).toFixed(1)}`;
    if (a.centreOfPressureOutsideFoot || b.centreOfPressureOutsideFoot) dashed += segment;
    else solid += segment;
  }
  return { solid, dashed };
}

const fmt = (v: number) => formatFixed(v, 2);

/**
 * The knee-or-lower-back trade-off: knee adduction moment and L5/S1 side-bending moment against
 * the compensation style, healthy values as bands, the current style marked. The chart is also
 * the control: click or drag on it, or use the slider under it (keyboard), to move the style and
 * with it the skeleton.
 */
export function CompensationTradeOffChart({ patient = false }: { patient?: boolean }) {
  const dysfunction = useViewer((s) => s.view.dysfunction);
  const parameters = useViewer((s) => s.mechanicsParameters);
  const setDysfunction = useViewer((s) => s.setDysfunction);
  const svgRef = useRef<SVGSVGElement>(null);
  const keepInPlace = useKeepInPlace();
  const trade = useMemo(() => {
    try {
      return compensationTradeOff({ ...toMechanicsInput(dysfunction), parameters });
    } catch {
      return null; // the panel already shows why the model cannot run
    }
  }, [dysfunction, parameters]);
  if (!trade) return null;

  const [lo, hi] = yRange(trade);
  const x = (s: number) => PAD.left + s * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + ((hi - v) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const knee = paths(trade.points, (p) => p.kneeAdductionMomentNmPerKg, x, y);
  const back = paths(trade.points, (p) => p.l5s1SideBendingMomentNmPerKg, x, y);
  const band = trade.healthyBandNmPerKg;
  const healthyKnee = trade.healthy.kneeAdductionMomentNmPerKg;
  const styleNow = dysfunction.compensationStyle;
  const first = trade.points[0];
  const last = trade.points.at(-1);
  const stylePct = Math.round(styleNow * 100);
  const idle = trade.idleReason;

  const setStyle = (style: number) => {
    const snapped = Math.round(Math.min(1, Math.max(0, style)) / STEP) * STEP;
    const rounded = Math.round(snapped * 100) / 100;
    if (rounded !== dysfunction.compensationStyle) setDysfunction({ compensationStyle: rounded });
  };
  const styleAtPointer = (event: PointerEvent<SVGSVGElement>) => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return;
    const px = ((event.clientX - rect.left) / rect.width) * W;
    setStyle((px - PAD.left) / (W - PAD.left - PAD.right));
  };

  return (
    <figure
      className="trade-off"
      data-testid="trade-off-chart"
      data-style={styleNow}
      data-knee={trade.current.kneeAdductionMomentNmPerKg.toFixed(4)}
      data-back={trade.current.l5s1SideBendingMomentNmPerKg.toFixed(4)}
      data-idle={idle ?? ''}
    >
      <figcaption className="trade-off-title">{t.title}</figcaption>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${W} ${H}`}
        className="trade-off-plot"
        aria-hidden="true"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture?.(event.pointerId);
          styleAtPointer(event);
        }}
        onPointerMove={(event) => {
          if (event.buttons & 1) styleAtPointer(event);
        }}
      >
        <rect
          x={PAD.left}
          y={y(healthyKnee + band)}
          width={W - PAD.left - PAD.right}
          height={Math.max(1, y(healthyKnee - band) - y(healthyKnee + band))}
          fill={KNEE_COLOR}
          opacity={0.14}
          data-band="knee"
        />
        <rect
          x={PAD.left}
          y={y(band)}
          width={W - PAD.left - PAD.right}
          height={Math.max(1, y(-band) - y(band))}
          fill={BACK_COLOR}
          opacity={0.14}
          data-band="back"
        />
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#9a9187" />
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} stroke="#9a9187" />
        {[lo, 0, hi].map((v) => (
          <text key={v} x={PAD.left - 3} y={y(v) + 3} textAnchor="end" className="tick">
            {formatFixed(v, 1)}
          </text>
        ))}
        <text x={PAD.left} y={H - 6} className="tick">
          {t.drops}
        </text>
        <text x={W - PAD.right} y={H - 6} textAnchor="end" className="tick">
          {t.leans}
        </text>
        <path d={knee.solid} stroke={KNEE_COLOR} strokeWidth={2.5} fill="none" />
        <path
          d={knee.dashed}
          stroke={KNEE_COLOR}
          strokeWidth={2}
          strokeDasharray="4 3"
          fill="none"
        />
        <path d={back.solid} stroke={BACK_COLOR} strokeWidth={2.5} fill="none" />
        <path
          d={back.dashed}
          stroke={BACK_COLOR}
          strokeWidth={2}
          strokeDasharray="4 3"
          fill="none"
        />
        <line
          x1={x(styleNow)}
          x2={x(styleNow)}
          y1={PAD.top}
          y2={H - PAD.bottom}
          stroke="#1f1d1a"
          strokeWidth={1.5}
          data-marker="current"
        />
        <circle
          cx={x(styleNow)}
          cy={y(trade.current.kneeAdductionMomentNmPerKg)}
          r={4.5}
          fill={KNEE_COLOR}
          stroke="#fff"
        />
        <circle
          cx={x(styleNow)}
          cy={y(trade.current.l5s1SideBendingMomentNmPerKg)}
          r={4.5}
          fill={BACK_COLOR}
          stroke="#fff"
        />
      </svg>
      <label className="field trade-off-control">
        <span className="visually-hidden">{t.styleControl}</span>
        <input
          type="range"
          min={0}
          max={100}
          step={STEP * 100}
          value={stylePct}
          data-testid="trade-off-style"
          aria-label={t.styleControl}
          aria-valuetext={messages.app.mechanicsPanel.compensationValue(stylePct)}
          onChange={(e) => {
            keepInPlace(e.currentTarget);
            setStyle(Number(e.target.value) / 100);
          }}
        />
      </label>
      <ul className="trade-off-legend small">
        <li>
          <span className="swatch" style={{ background: KNEE_COLOR }} /> {t.knee}
        </li>
        <li>
          <span className="swatch" style={{ background: BACK_COLOR }} /> {t.back}
        </li>
        <li className="muted">{t.healthyBand}</li>
        {trade.points.some((p) => p.centreOfPressureOutsideFoot) && (
          <li className="muted">{t.outsideFoot}</li>
        )}
      </ul>
      <p className="small" data-testid="trade-off-summary">
        {idle
          ? t.idle[idle]
          : first && last && patient
            ? t.plain(
                first.kneeAdductionMomentNmPerKg > last.kneeAdductionMomentNmPerKg,
                Math.abs(last.l5s1SideBendingMomentNmPerKg) >
                  Math.abs(first.l5s1SideBendingMomentNmPerKg),
              )
            : first && last
              ? `${t.summary(
                  fmt(first.kneeAdductionMomentNmPerKg),
                  fmt(last.kneeAdductionMomentNmPerKg),
                  fmt(first.l5s1SideBendingMomentNmPerKg),
                  fmt(last.l5s1SideBendingMomentNmPerKg),
                )} ${t.current(
                  fmt(trade.current.kneeAdductionMomentNmPerKg),
                  fmt(trade.current.l5s1SideBendingMomentNmPerKg),
                )}`
              : null}
      </p>
    </figure>
  );
}
