/**
 * Where labels go on screen: each label sits near its anchor (a point on its structure), joined
 * to it by a short leader line, and no two labels overlap. Screen space in CSS pixels, origin at
 * the top left of the view, y down.
 *
 * Greedy and deterministic: labels are placed in the order given (most important first); each
 * takes the first free spot on rings of growing radius around its anchor, trying first the
 * directions that point away from the middle of all anchors, so labels fan out from the body
 * instead of covering it. A label that finds no free spot is left out (and reported), never
 * drawn over another.
 */

/** @internal */
export interface ScreenPoint {
  x: number;
  y: number;
}

/** @internal */
export interface ScreenBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  key: string;
  anchor: ScreenPoint;
  width: number;
  height: number;
  /** Always placed if there is room (a pinned label); others stop at `maxOptional`. */
  required?: boolean;
}

interface PlacedLabel {
  key: string;
  anchor: ScreenPoint;
  box: ScreenBox;
  /** Where the leader line meets the label: the point of the box nearest the anchor. */
  leaderEnd: ScreenPoint;
}

export interface LabelLayout {
  placed: PlacedLabel[];
  /** Keys of labels that found no free spot, in request order. */
  dropped: string[];
}

export interface LayoutLabelsOptions {
  /** Free space kept between a label and the edge of the view (px). */
  edgeMarginPx: number;
  /** Free space kept between two labels (px). */
  gapPx: number;
  /** Distances tried from the anchor to the nearest edge of its label (px), shortest first. */
  ringsPx: readonly number[];
  /** Directions tried on each ring. */
  directions: number;
  /** Free space kept around other labels' anchors, so a label never hides where a line ends. */
  anchorClearancePx: number;
  /** Most labels placed that are not required (the rest are dropped). */
  maxOptional: number;
  /** Other things drawn over the view (orientation words, a legend) that labels must not cover. */
  obstacles: readonly ScreenBox[];
  /**
   * Try the box centred on its anchor before the rings (a letter drawn on its spot), so only a
   * label that would cover another moves off its anchor, joined to it by a leader line.
   */
  centredFirst: boolean;
}

/** @internal */
export const LAYOUT_LABELS_DEFAULTS: LayoutLabelsOptions = {
  edgeMarginPx: 4,
  gapPx: 3,
  ringsPx: [14, 28, 44, 64, 88, 116],
  directions: 16,
  anchorClearancePx: 5,
  maxOptional: Number.POSITIVE_INFINITY,
  obstacles: [],
  centredFirst: false,
};

function overlaps(a: ScreenBox, b: ScreenBox, gap: number): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

function contains(box: ScreenBox, p: ScreenPoint, clearance: number): boolean {
  return (
    p.x > box.x - clearance &&
    p.x < box.x + box.width + clearance &&
    p.y > box.y - clearance &&
    p.y < box.y + box.height + clearance
  );
}

/**
 * The point of a box nearest to p (p itself when inside).
 * @internal
 */
export function nearestPointOnBox(box: ScreenBox, p: ScreenPoint): ScreenPoint {
  return {
    x: Math.min(Math.max(p.x, box.x), box.x + box.width),
    y: Math.min(Math.max(p.y, box.y), box.y + box.height),
  };
}

/** Whether the segment a→b passes through the box (Liang–Barsky clipping). */
function segmentCrossesBox(a: ScreenPoint, b: ScreenPoint, box: ScreenBox): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** A box of the given size whose nearest edge lies `distance` from the anchor along angle. */
function boxAround(
  anchor: ScreenPoint,
  width: number,
  height: number,
  angle: number,
  distance: number,
): ScreenBox {
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  // How far the box's centre must be from its edge along this direction.
  const reach = Math.min(
    Math.abs(ux) > 1e-9 ? width / 2 / Math.abs(ux) : Number.POSITIVE_INFINITY,
    Math.abs(uy) > 1e-9 ? height / 2 / Math.abs(uy) : Number.POSITIVE_INFINITY,
  );
  const cx = anchor.x + ux * (distance + reach);
  const cy = anchor.y + uy * (distance + reach);
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

function angleDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

export function layoutLabels(
  requests: readonly LabelRequest[],
  viewport: { width: number; height: number },
  options: Partial<LayoutLabelsOptions> = {},
): LabelLayout {
  const o = { ...LAYOUT_LABELS_DEFAULTS, ...options };
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  if (requests.length === 0) return { placed, dropped };
  const middle = {
    x: requests.reduce((sum, r) => sum + r.anchor.x, 0) / requests.length,
    y: requests.reduce((sum, r) => sum + r.anchor.y, 0) / requests.length,
  };
  const inside = (box: ScreenBox) =>
    box.x >= o.edgeMarginPx &&
    box.y >= o.edgeMarginPx &&
    box.x + box.width <= viewport.width - o.edgeMarginPx &&
    box.y + box.height <= viewport.height - o.edgeMarginPx;

  let optionalPlaced = 0;
  for (const request of requests) {
    const { anchor, width, height } = request;
    if (!request.required && optionalPlaced >= o.maxOptional) {
      dropped.push(request.key);
      continue;
    }
    const away = Math.hypot(anchor.x - middle.x, anchor.y - middle.y);
    // Straight up for the anchor in the middle; otherwise away from the middle, leaning
    // sideways: labels are wide, and beside the body they cover less of it.
    const outward =
      away < 1 ? -Math.PI / 2 : Math.atan2((anchor.y - middle.y) / 2, anchor.x - middle.x);
    const angles = Array.from({ length: o.directions }, (_, i) => (2 * Math.PI * i) / o.directions)
      .map((angle, i) => ({ angle, i, cost: angleDistance(angle, outward) }))
      // Ties broken by index, so equal inputs always give equal layouts.
      .sort((a, b) => a.cost - b.cost || a.i - b.i);
    const otherAnchors = requests.filter((r) => r !== request).map((r) => r.anchor);
    const fits = (box: ScreenBox) => {
      if (!inside(box)) return false;
      if (placed.some((p) => overlaps(box, p.box, o.gapPx))) return false;
      if (o.obstacles.some((obstacle) => overlaps(box, obstacle, o.gapPx))) return false;
      if (otherAnchors.some((p) => contains(box, p, o.anchorClearancePx))) return false;
      const end = nearestPointOnBox(box, anchor);
      // A leader line that runs under another label would point at the wrong one.
      if (placed.some((p) => segmentCrossesBox(anchor, end, p.box))) return false;
      return !placed.some((p) => segmentCrossesBox(p.anchor, p.leaderEnd, box));
    };
    const centred = { x: anchor.x - width / 2, y: anchor.y - height / 2, width, height };
    let chosen: ScreenBox | null = o.centredFirst && fits(centred) ? centred : null;
    search: for (const ring of chosen ? [] : o.ringsPx) {
      for (const { angle } of angles) {
        const box = boxAround(anchor, width, height, angle, ring);
        if (!fits(box)) continue;
        chosen = box;
        break search;
      }
    }
    if (!chosen) {
      dropped.push(request.key);
      continue;
    }
    if (!request.required) optionalPlaced += 1;
    placed.push({
      key: request.key,
      anchor,
      box: chosen,
      leaderEnd: nearestPointOnBox(chosen, anchor),
    });
  }
  return { placed, dropped };
}
