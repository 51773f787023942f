import type { Vec3 } from './frame-sphere';

/** Anatomical directions in the model frame (+Y up, body faces +Z, body's left is +X). */
type BodyDirection = 'left' | 'right' | 'superior' | 'inferior' | 'anterior' | 'posterior';

/** Which body direction lies toward each edge of the screen. */
export interface ScreenOrientation {
  readonly screenRight: BodyDirection;
  readonly screenLeft: BodyDirection;
  readonly screenUp: BodyDirection;
  readonly screenDown: BodyDirection;
}

const OPPOSITE: Record<BodyDirection, BodyDirection> = {
  left: 'right',
  right: 'left',
  superior: 'inferior',
  inferior: 'superior',
  anterior: 'posterior',
  posterior: 'anterior',
};

function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

/** The body direction closest to a model-frame vector. */
function nearestDirection(v: Vec3): BodyDirection {
  const [x, y, z] = v;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const az = Math.abs(z);
  if (ax >= ay && ax >= az) return x >= 0 ? 'left' : 'right';
  if (ay >= az) return y >= 0 ? 'superior' : 'inferior';
  return z >= 0 ? 'anterior' : 'posterior';
}

/**
 * What lies toward each screen edge for a camera looking at the body from `viewDirection`
 * (target toward camera), with the camera's up kept at +Y as the orbit controls do. Null for a
 * zero or straight-down direction with no defined screen right.
 */
export function screenOrientation(viewDirection: Vec3): ScreenOrientation | null {
  const right = cross([0, 1, 0], viewDirection);
  if (Math.hypot(...right) < 1e-9) return null;
  const up = cross(viewDirection, right);
  const screenRight = nearestDirection(right);
  const screenUp = nearestDirection(up);
  return {
    screenRight,
    screenLeft: OPPOSITE[screenRight],
    screenUp,
    screenDown: OPPOSITE[screenUp],
  };
}
