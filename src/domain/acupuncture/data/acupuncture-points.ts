import type { AcupuncturePoint } from '../acupuncture-point';
import { BLADDER_POINTS } from './bladder';
import { EXTRA_POINTS } from './extra';
import { GALLBLADDER_POINTS } from './gallbladder';
import { STOMACH_SPLEEN_POINTS } from './stomach-spleen';

const ALL = [...GALLBLADDER_POINTS, ...BLADDER_POINTS, ...STOMACH_SPLEEN_POINTS, ...EXTRA_POINTS];

/** Display order: hip and buttock first, then lumbar, then the knee points used alongside them. */
const ORDER = [
  'GB29',
  'GB30',
  'GB31',
  'BL53',
  'BL54',
  'BL36',
  'ST31',
  'BL23',
  'BL25',
  'BL26',
  'EX-B7',
  'GB34',
  'ST36',
  'SP10',
] as const;

/** Acupuncture points of the hip region (and the lumbar and knee points used with them). */
export const ACUPUNCTURE_POINTS: readonly AcupuncturePoint[] = ORDER.map((code) => {
  const point = ALL.find((p) => p.code === code);
  if (!point) throw new Error(`acupuncture: point ${code} is listed but has no record`);
  return point;
});

/**
 * Codes of the points on the hip and buttock proper (the default acupuncture layer).
 * @internal
 */
export const HIP_ACUPUNCTURE_CODES: readonly string[] = ORDER.slice(0, 7);
