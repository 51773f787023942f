import { BILATERAL_SIDES, type BilateralSide } from '../anatomy';
import type { AcupuncturePoint } from './acupuncture-point';
import { ACUPUNCTURE_POINTS } from './data/acupuncture-points';

/**
 * The id of a placed acupuncture point in the store, the camera's frame requests and the search
 * box: `acu:<code>:<side>`, e.g. `acu:GB30:left`. The `acu:` prefix keeps it apart from motor
 * point keys (`<record id>:<side>`), which a link's `point=` carries.
 */
export type AcupunctureKey = `acu:${string}:${BilateralSide}`;

export function acupunctureKey(code: string, side: BilateralSide): AcupunctureKey {
  return `acu:${code}:${side}`;
}

const BY_CODE = new Map(ACUPUNCTURE_POINTS.map((p) => [p.code, p]));

/** The point and side an id names, or undefined when it names no known point. */
export function parseAcupunctureKey(
  key: string,
): { point: AcupuncturePoint; side: BilateralSide } | undefined {
  const match = /^acu:(.+):([a-z]+)$/.exec(key);
  if (!match) return undefined;
  const [, code = '', side = ''] = match;
  const point = BY_CODE.get(code);
  if (!point || !(BILATERAL_SIDES as readonly string[]).includes(side)) return undefined;
  return { point, side: side as BilateralSide };
}
