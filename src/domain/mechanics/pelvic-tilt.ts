/**
 * Pelvic tilt and lordosis from a short iliopsoas (behaviour layer: low trust; population
 * studies find weak or no correlation between hip flexor length and standing tilt, Preece 2021).
 *
 * Frame: sagittal plane, x forward, z up. Anterior pelvic tilt is positive when the ASIS moves
 * forward-down; sacral slope is the angle of the S1 endplate to the horizontal, positive when the
 * endplate faces forward-up; lumbar lordosis is positive when the lower back curves more hollow.
 * All in degrees, as changes from the person's own standing posture.
 *
 * Equations:
 *   E   = t_iliopsoas · E_max           (hip extension deficit; t = max of psoas major, iliacus)
 *   dAPT = c_APT · E                    (Preece 2021: about 0.46° of tilt per degree)
 *   dSS = dAPT                          (rigid pelvis: incidence = tilt + slope is constant)
 *   dLL = k_LL · dSS                    (Levine & Whittle 1996: about 1:1; Preece 2021: about 0)
 */
import type { MechanicsParameters } from './parameters';

/** Hip extension deficit E (deg). */
export function hipExtensionDeficitDeg(iliopsoasTightness: number, p: MechanicsParameters): number {
  return iliopsoasTightness * p.maxHipExtensionDeficitDeg;
}

/** Anterior pelvic tilt change dAPT = c_APT·E (deg); equals the sacral slope change. */
export function anteriorPelvicTiltChangeDeg(
  iliopsoasTightness: number,
  p: MechanicsParameters,
): number {
  return p.tiltPerExtensionDeficit * hipExtensionDeficitDeg(iliopsoasTightness, p);
}

/** Lumbar lordosis change dLL = k_LL·dSS (deg). */
export function lumbarLordosisChangeDeg(
  sacralSlopeChangeDeg: number,
  p: MechanicsParameters,
): number {
  return p.lordosisPerSacralSlope * sacralSlopeChangeDeg;
}
