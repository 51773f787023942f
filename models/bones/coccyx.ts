import { composeSdf, roundCone, type Sdf, sphere, union } from '../sdf/sdf';

/** Coccyx (pelvis frame, mm): four fused, shrinking segments curving forward below the sacral apex. */
export function coccyxSdf(): Sdf {
  const segs: [number, number, number, number][] = [
    [-128, -77, 9, 6],
    [-126, -86, 7, 5],
    [-122.5, -94, 5.5, 4.1],
    [-118, -100.5, 4, 3.2],
  ];
  return composeSdf([
    ...segs.map(([x, y, w, r]) =>
      union(roundCone([x, y, -w + r * 0.6], r, [x, y, w - r * 0.6], r), 2.5),
    ),
    // cornua reaching up to the sacral hiatus
    union(roundCone([-132, -74, 6], 2.6, [-133.5, -67, 7], 2.2), 2),
    union(roundCone([-132, -74, -6], 2.6, [-133.5, -67, -7], 2.2), 2),
    union(sphere([-116.5, -102.5, 0], 2.8), 2),
  ]);
}
