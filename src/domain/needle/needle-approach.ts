import type { MotorPointRecord } from '../motor-points/motor-point';

/** Published image-guided techniques shown instead of a drawn line. */
const PUBLISHED_TECHNIQUES = ['psoas', 'iliacus', 'piriformis-intrapelvic'] as const;
type PublishedTechnique = (typeof PUBLISHED_TECHNIQUES)[number];

/**
 * How the card speaks about reaching a point with a needle:
 * - `image-guided`: deep or intrapelvic; no straight line is drawn, the published technique is;
 * - `surface-electrode`: a stimulator manual's skin electrode site, not a needle target;
 * - `no-location`: the source reports a muscle part, not a place, so there is nothing to aim at;
 * - `straight-line`: the route rule searches the model for a safe straight line.
 */
export type NeedleApproach =
  | { readonly kind: 'image-guided'; readonly technique: PublishedTechnique }
  | { readonly kind: 'surface-electrode' }
  | { readonly kind: 'no-location' }
  | { readonly kind: 'straight-line' };

/** Targets on the pelvic surface of piriformis, inside the greater sciatic foramen. */
const INTRAPELVIC_PIRIFORMIS = new Set(['piriformis-nerve-entry', 'piriformis-nerve-dense-center']);

export function needleApproachFor(
  record: Pick<MotorPointRecord, 'id' | 'muscle' | 'finerType'>,
): NeedleApproach {
  if (record.finerType === 'stimulation-site-vendor') return { kind: 'surface-electrode' };
  if (record.finerType === 'part-level-innervation') return { kind: 'no-location' };
  if (record.muscle === 'psoas-major') return { kind: 'image-guided', technique: 'psoas' };
  if (record.muscle === 'iliacus') return { kind: 'image-guided', technique: 'iliacus' };
  if (INTRAPELVIC_PIRIFORMIS.has(record.id))
    return { kind: 'image-guided', technique: 'piriformis-intrapelvic' };
  return { kind: 'straight-line' };
}
