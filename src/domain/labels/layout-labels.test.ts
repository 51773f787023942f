import { describe, expect, it } from 'vitest';
import {
  LAYOUT_LABELS_DEFAULTS,
  type LabelRequest,
  layoutLabels,
  nearestPointOnBox,
  type ScreenBox,
} from './layout-labels';

const VIEW = { width: 640, height: 480 };

function overlap(a: ScreenBox, b: ScreenBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A small deterministic generator, so the "random" scenes are the same on every run. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function scene(seed: number, count: number): LabelRequest[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => ({
    key: `label-${i}`,
    // Anchors crowd the middle of the view, as the hip does.
    anchor: { x: 200 + random() * 240, y: 120 + random() * 240 },
    width: 60 + Math.round(random() * 90),
    height: 18,
  }));
}

describe('layoutLabels', () => {
  it('places nothing for no labels', () => {
    expect(layoutLabels([], VIEW)).toEqual({ placed: [], dropped: [] });
  });

  it('puts one label beside its anchor, joined by a short leader', () => {
    const { placed, dropped } = layoutLabels(
      [{ key: 'a', anchor: { x: 320, y: 240 }, width: 100, height: 18 }],
      VIEW,
    );
    expect(dropped).toEqual([]);
    expect(placed).toHaveLength(1);
    const label = placed[0]!;
    const leader = Math.hypot(label.leaderEnd.x - 320, label.leaderEnd.y - 240);
    expect(leader).toBeCloseTo(LAYOUT_LABELS_DEFAULTS.ringsPx[0]!, 5);
    // The label does not cover its own anchor.
    expect(nearestPointOnBox(label.box, label.anchor)).not.toEqual(label.anchor);
  });

  it('sends a label away from the other anchors', () => {
    const { placed } = layoutLabels(
      [
        { key: 'left', anchor: { x: 200, y: 240 }, width: 80, height: 18 },
        { key: 'right', anchor: { x: 440, y: 240 }, width: 80, height: 18 },
      ],
      VIEW,
    );
    const left = placed.find((p) => p.key === 'left')!;
    const right = placed.find((p) => p.key === 'right')!;
    expect(left.box.x + left.box.width).toBeLessThanOrEqual(200);
    expect(right.box.x).toBeGreaterThanOrEqual(440);
  });

  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`crowded scene ${seed}: no overlaps, inside the view, short leaders`, () => {
      const requests = scene(seed, 14);
      const { placed, dropped } = layoutLabels(requests, VIEW);
      expect(placed.length + dropped.length).toBe(requests.length);
      expect(placed.length, 'most labels find a place').toBeGreaterThanOrEqual(8);
      const margin = LAYOUT_LABELS_DEFAULTS.edgeMarginPx;
      const longest = Math.max(...LAYOUT_LABELS_DEFAULTS.ringsPx);
      for (const [i, a] of placed.entries()) {
        expect(a.box.x, `${a.key} left edge`).toBeGreaterThanOrEqual(margin);
        expect(a.box.y, `${a.key} top edge`).toBeGreaterThanOrEqual(margin);
        expect(a.box.x + a.box.width, `${a.key} right edge`).toBeLessThanOrEqual(
          VIEW.width - margin,
        );
        expect(a.box.y + a.box.height, `${a.key} bottom edge`).toBeLessThanOrEqual(
          VIEW.height - margin,
        );
        const leader = Math.hypot(a.leaderEnd.x - a.anchor.x, a.leaderEnd.y - a.anchor.y);
        expect(leader, `${a.key} leader length`).toBeLessThanOrEqual(longest + 1e-6);
        for (const b of placed.slice(i + 1)) {
          expect(overlap(a.box, b.box), `${a.key} overlaps ${b.key}`).toBe(false);
        }
      }
    });
  }

  it('keeps the order of importance: earlier labels are never the ones left out', () => {
    const requests = scene(11, 30);
    const { placed, dropped } = layoutLabels(requests, VIEW);
    expect(dropped.length).toBeGreaterThan(0);
    expect(placed[0]?.key).toBe('label-0');
    const firstDropped = requests.findIndex((r) => r.key === dropped[0]);
    expect(placed.slice(0, firstDropped).map((p) => p.key)).toEqual(
      requests.slice(0, firstDropped).map((r) => r.key),
    );
  });

  it('places every required label and at most maxOptional others', () => {
    const requests = scene(3, 12).map((r, i) => ({ ...r, required: i % 4 === 3 }));
    const { placed } = layoutLabels(requests, { width: 1280, height: 720 }, { maxOptional: 4 });
    expect(placed.filter((p) => requests.find((r) => r.key === p.key)?.required)).toHaveLength(3);
    expect(placed).toHaveLength(7);
  });

  it('keeps labels off the obstacles it is given', () => {
    const obstacle = { x: 280, y: 200, width: 200, height: 80 };
    const { placed } = layoutLabels(
      [{ key: 'a', anchor: { x: 300, y: 240 }, width: 120, height: 18 }],
      VIEW,
      { obstacles: [obstacle] },
    );
    expect(placed).toHaveLength(1);
    expect(overlap(placed[0]!.box, obstacle)).toBe(false);
  });

  it('gives the same layout for the same input', () => {
    const requests = scene(5, 12);
    expect(layoutLabels(requests, VIEW)).toEqual(layoutLabels(structuredClone(requests), VIEW));
  });

  it('leaves out a label wider than the view rather than letting it spill out', () => {
    const { placed, dropped } = layoutLabels(
      [{ key: 'wide', anchor: { x: 100, y: 100 }, width: 900, height: 18 }],
      { width: 390, height: 500 },
    );
    expect(placed).toEqual([]);
    expect(dropped).toEqual(['wide']);
  });
  describe('centred first (lettered quiz spots)', () => {
    const spot = (key: string, x: number, y: number): LabelRequest => ({
      key,
      anchor: { x, y },
      width: 26,
      height: 26,
    });

    it('draws a letter on its spot when it covers nothing', () => {
      const { placed } = layoutLabels([spot('A', 100, 100), spot('B', 200, 100)], VIEW, {
        centredFirst: true,
      });
      expect(placed.map((p) => p.box)).toEqual([
        { x: 87, y: 87, width: 26, height: 26 },
        { x: 187, y: 87, width: 26, height: 26 },
      ]);
      // On its spot: the leader has no length.
      expect(placed.map((p) => p.leaderEnd)).toEqual([
        { x: 100, y: 100 },
        { x: 200, y: 100 },
      ]);
    });

    it('moves letters that would cover a spot nearby off it, with a leader line, never over another', () => {
      // D, B and A a few pixels apart: the review's overlapping spots.
      const spots = [
        spot('A', 300, 240),
        spot('B', 306, 236),
        spot('C', 420, 300),
        spot('D', 303, 250),
      ];
      const { placed, dropped } = layoutLabels(spots, VIEW, { centredFirst: true });
      expect(dropped).toEqual([]);
      for (const [i, a] of placed.entries())
        for (const b of placed.slice(i + 1))
          expect(overlap(a.box, b.box), `${a.key} and ${b.key}`).toBe(false);
      const moved = placed.filter(
        (p) => p.leaderEnd.x !== p.anchor.x || p.leaderEnd.y !== p.anchor.y,
      );
      // Each of the three would cover another's spot; C, far off, stays on its own.
      expect(moved.map((p) => p.key).sort()).toEqual(['A', 'B', 'D']);
      // A letter never hides where another spot is.
      for (const p of placed)
        for (const other of spots.filter((s) => s.key !== p.key))
          expect(
            other.anchor.x > p.box.x &&
              other.anchor.x < p.box.x + p.box.width &&
              other.anchor.y > p.box.y &&
              other.anchor.y < p.box.y + p.box.height,
            `${p.key} covers ${other.key}`,
          ).toBe(false);
    });

    it('is off by default: labels sit beside their anchors', () => {
      const { placed } = layoutLabels([spot('A', 100, 100)], VIEW);
      expect(placed[0]?.leaderEnd).not.toEqual({ x: 100, y: 100 });
    });
  });
});
