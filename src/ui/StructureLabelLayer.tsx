import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { STRUCTURES } from '../domain/anatomy';
import type { findAnatomyReference } from '../domain/anatomy/reference';
// The layout alone: the labels barrel also names motor and acupuncture points (their records).
import { type LabelLayout, layoutLabels } from '../domain/labels/layout-labels';
import { messages } from '../domain/messages';
import { type LabelAnchor, type LabelAnchors, useViewer } from '../state';

const STRUCTURE_BY_KEY = new Map(STRUCTURES.map((s) => [`${s.id}:${s.side}`, s]));

/** Other overlays of the 3D view that labels must leave readable. */
const OBSTACLE_SELECTOR = '.orientation-cue span, .exercise-model-legend, .story-player';

/** Radius of the dot where a leader line meets its structure (px). */
const ANCHOR_DOT_PX = 2.5;

type FindReference = typeof findAnatomyReference;

/** A structure's label: its plain name when `plainNames` is given (patient mode). */
function labelText(key: string, plainNames: FindReference | null): string {
  const structure = STRUCTURE_BY_KEY.get(key);
  if (!structure) return key;
  const plain = plainNames?.(structure.id)?.plainName;
  return messages.view.structureOnSide(plain ?? structure.label, structure.side);
}

/**
 * The reference cards (plain names) for patient mode, loaded when that mode is on: they are a
 * large module nobody else needs before the first view. Null until loaded, or when not wanted.
 */
function usePlainNames(wanted: boolean): FindReference | null {
  const [find, setFind] = useState<FindReference | null>(null);
  useEffect(() => {
    if (!wanted || find) return;
    let live = true;
    import('../domain/anatomy/reference').then(
      (reference) => live && setFind(() => reference.findAnatomyReference),
      // Offline: the structures' own names, rather than no labels.
      () => live && setFind(() => () => undefined),
    );
    return () => {
      live = false;
    };
  }, [wanted, find]);
  return wanted ? find : null;
}

/**
 * Structure labels over the 3D view, each joined to its structure by a leader line, none over
 * another. The scene says where each structure can be seen (once the view is at rest); this
 * measures the labels, lets the domain lay them out, and draws them. Dashed leader: the
 * structure is behind other tissue there (a pinned label whose structure is out of sight).
 */
export function StructureLabelLayer() {
  const patient = useViewer((s) => s.view.mode === 'patient');
  const plainNames = usePlainNames(patient);
  // In patient mode, no labels until their plain names are there (no technical names first).
  const anchors = useViewer((s) => s.labelAnchors);
  const measured = patient && !plainNames ? null : anchors;
  const language = useViewer((s) => s.language);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new language renames the labels
  const texts = useMemo(
    () =>
      new Map<string, string>(
        (measured?.anchors ?? []).map((a) => [a.key, labelText(a.key, plainNames)] as const),
      ),
    [measured, plainNames, language],
  );
  const sizer = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<{ from: LabelAnchors; layout: LabelLayout } | null>(null);

  // Measure the labels as they will be drawn, then place them (before the browser paints).
  useLayoutEffect(() => {
    if (!measured || !sizer.current) {
      setLayout(null);
      return;
    }
    // `texts` is what was measured: new texts (another language) need new sizes.
    void texts;
    const sizes = new Map<string, { width: number; height: number }>();
    for (const element of sizer.current.querySelectorAll<HTMLElement>('[data-measure]')) {
      const rect = element.getBoundingClientRect();
      sizes.set(element.dataset.measure ?? '', {
        width: Math.ceil(rect.width),
        height: Math.ceil(rect.height),
      });
    }
    const layer = sizer.current.parentElement;
    const origin = layer?.getBoundingClientRect();
    const obstacles = origin
      ? [...(layer?.parentElement?.querySelectorAll(OBSTACLE_SELECTOR) ?? [])].map((element) => {
          const r = element.getBoundingClientRect();
          return { x: r.x - origin.x, y: r.y - origin.y, width: r.width, height: r.height };
        })
      : [];
    const requests = measured.anchors.flatMap((a) => {
      const size = sizes.get(a.key);
      return size ? [{ key: a.key, anchor: { x: a.x, y: a.y }, required: a.pinned, ...size }] : [];
    });
    setLayout({
      from: measured,
      layout: layoutLabels(
        requests,
        { width: measured.width, height: measured.height },
        { maxOptional: measured.autoLimit, obstacles },
      ),
    });
  }, [measured, texts]);

  if (!measured) return null;
  const current = layout?.from === measured ? layout.layout : null;
  const byKey = new Map<string, LabelAnchor>(measured.anchors.map((a) => [a.key, a]));
  return (
    <div
      className="label-layer"
      style={{ width: measured.width, height: measured.height }}
      aria-hidden="true"
      data-testid="label-layer"
    >
      {!current && (
        <div ref={sizer} className="label-sizer">
          {measured.anchors.map((a) => (
            <span
              key={a.key}
              className={`structure-label${a.pinned ? ' pinned' : ''}`}
              data-measure={a.key}
            >
              {texts.get(a.key)}
            </span>
          ))}
        </div>
      )}
      {current && (
        <>
          <svg
            className="label-leaders"
            width={measured.width}
            height={measured.height}
            aria-hidden="true"
          >
            {current.placed.map((p) => (
              <g key={p.key} data-leader-for={p.key}>
                <line
                  x1={p.anchor.x}
                  y1={p.anchor.y}
                  x2={p.leaderEnd.x}
                  y2={p.leaderEnd.y}
                  strokeDasharray={byKey.get(p.key)?.hidden ? '3 3' : undefined}
                />
                <circle cx={p.anchor.x} cy={p.anchor.y} r={ANCHOR_DOT_PX} />
              </g>
            ))}
          </svg>
          {current.placed.map((p) => {
            const anchor = byKey.get(p.key);
            return (
              <span
                key={p.key}
                className={`structure-label${anchor?.pinned ? ' pinned' : ''}`}
                data-structure-key={p.key}
                data-pinned={anchor?.pinned ? 'true' : undefined}
                data-anchor-x={Math.round(p.anchor.x)}
                data-anchor-y={Math.round(p.anchor.y)}
                style={{ left: p.box.x, top: p.box.y }}
              >
                {texts.get(p.key)}
              </span>
            );
          })}
        </>
      )}
    </div>
  );
}
