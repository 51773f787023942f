import { boneSdfs } from '../bones/bone-sdfs';
import { len3, type Sdf } from '../sdf/sdf';

/**
 * Signed distance (mm) to the nearest bone of the right side and the midline, in the pelvis
 * frame. Bones whose bounding sphere is farther than the current best are skipped.
 */
export function rightBoneField(): Sdf {
  const parts = boneSdfs().map((b) => b.sdf);
  return (x, y, z) => {
    let best = Number.POSITIVE_INFINITY;
    for (const f of parts) {
      if (f.bound) {
        const [cx, cy, cz, r] = f.bound;
        if (len3(x - cx, y - cy, z - cz) - r > best) continue;
      }
      const d = f(x, y, z);
      if (d < best) best = d;
    }
    return best;
  };
}
