import type { LandmarkId } from '../landmarks';
import type { MuscleOrTendonId } from '../muscles';

/**
 * Published soft-tissue depths at named needling and injection sites, for the reference body
 * (1.75 m, 70 kg man). Each site says how it is found on a model (between two landmarks), the direction the depth is measured in, what counts as "reached", the published
 * figure and the range the model must fall in for the reference body, with why.
 *
 * Depths are from the skin surface to the first surface of the named structures (skin
 * thickness included), in mm.
 */
type DepthSiteId =
  | 'dorsogluteal'
  | 'ventrogluteal'
  | 'lateral-thigh'
  | 'piriformis-medial'
  | 'piriformis-centre'
  | 'piriformis-lateral';

/** Where on the body the needle line passes (right side; the left is the mirror). */
interface DepthSiteLocation {
  kind: 'between-landmarks';
  /** The point `fraction` of the way from `from` to `to`. */
  from: LandmarkId;
  to: LandmarkId;
  fraction: number;
}

export interface DepthSite {
  readonly id: DepthSiteId;
  readonly label: string;
  readonly location: DepthSiteLocation;
  /** Direction of the needle line, in the body's terms. */
  readonly direction: 'posterior-to-anterior' | 'lateral-to-medial';
  /** The first of these structures the line meets ends the depth. */
  readonly target: readonly MuscleOrTendonId[];
  /** The published figure as reported. */
  readonly published: string;
  /** The range (mm) the reference body must fall in, and why that range. */
  readonly referenceRangeMm: readonly [number, number];
  readonly rangeBasis: string;
  readonly source: string;
}

const GIBNEY_2010 =
  'Gibney MA, Arce CH, Byron KJ, Hirsch LJ 2010, Curr Med Res Opin 26(6):1519-1530, doi:10.1185/03007995.2010.481203 (ultrasound, 388 adults with diabetes)';
const NISBET_2006 = 'Nisbet AC 2006, BMJ 332:637 (100 consecutive pelvic CTs)';
const PARK_2011 =
  'Park et al. 2011, Korean J Pain 24:87 (CT, living, prone, n = 60; figures as tabulated in the project motor-point sources)';

export const DEPTH_SITES: readonly DepthSite[] = [
  {
    id: 'dorsogluteal',
    label: 'Dorsogluteal site (upper outer buttock)',
    location: {
      kind: 'between-landmarks',
      from: 'PSIS',
      to: 'greater-trochanter-tip',
      fraction: 0.5,
    },
    direction: 'posterior-to-anterior',
    target: ['gluteus-maximus', 'gluteus-medius'],
    published:
      'Gibney: buttock skin 2.4 mm + fat 15.4 mm (95 % CI 14.7-16.2), women +5.1 mm; Nisbet: skin to gluteal muscle > 25 mm in 72 %, > 35 mm in 43 % (mixed sexes, deeper in women)',
    referenceRangeMm: [13, 32],
    rangeBasis:
      "a man of BMI 23 lies below both cohort means: from Gibney skin + fat less the sex shift (about 15 mm) up to the middle of the Nisbet CT distribution (about 32 mm). The sources disagree on the level for other bodies: the model follows Gibney (ultrasound, 388 adults with diabetes, BMI 19-65, a high mean BMI): the reference man has skin + fat less the sex shift (15 mm) and a fitted body gets Gibney's sex and BMI effects on top, so a 1.65 m, 90 kg woman (BMI 33) reads about 23 mm. Nisbet's CT fractions (72 % of mixed adults over 25 mm, 43 % over 35 mm, women deeper) suggest more for her; Gibney supports about 20-21 mm. Raising the reference buttock to Gibney's full mean (17.8 mm) would give her 26 mm but put the reference skin-to-piriformis (medial) at 70.7 mm, over Park's mean + 2 SD. The fitted-body test therefore checks 20.4-35 mm for her, the range both sources support, not > 25 mm.",
    source: `${GIBNEY_2010}; ${NISBET_2006}`,
  },
  {
    id: 'ventrogluteal',
    label: 'Ventrogluteal site (between ASIS and iliac tubercle, over gluteus medius)',
    location: {
      kind: 'between-landmarks',
      from: 'iliac-tubercle',
      to: 'greater-trochanter-tip',
      fraction: 0.45,
    },
    direction: 'lateral-to-medial',
    target: ['gluteus-medius', 'tensor-fasciae-latae', 'gluteus-maximus', 'gluteus-minimus'],
    published:
      'Nisbet: skin to gluteal muscle > 25 mm in 26 %, > 35 mm in 12 % (thinner than dorsogluteal)',
    referenceRangeMm: [10, 28],
    rangeBasis:
      "most of Nisbet's cohort lay under 25 mm; a lean man sits in the lower part of that distribution",
    source: NISBET_2006,
  },
  {
    id: 'lateral-thigh',
    label: 'Lateral mid-thigh (skin to the iliotibial band)',
    location: {
      kind: 'between-landmarks',
      from: 'greater-trochanter-tip',
      to: 'femoral-lateral-epicondyle',
      fraction: 0.5,
    },
    direction: 'lateral-to-medial',
    target: ['iliotibial-band'],
    published: 'Gibney: thigh skin 1.9 mm + fat 10.4 mm (95 % CI 9.8-10.9), women +5.1 mm',
    referenceRangeMm: [7, 16],
    rangeBasis:
      'Gibney skin + fat (12.3 mm) less the sex shift for a man, with room for site variation',
    source: GIBNEY_2010,
  },
  {
    id: 'piriformis-medial',
    label: 'Skin to piriformis, medial (near the sacrum)',
    location: {
      // the surface marking of piriformis: lateral border of the sacrum to the trochanter tip
      kind: 'between-landmarks',
      from: 'sacrum-lateral-border',
      to: 'greater-trochanter-tip',
      fraction: 0.3,
    },
    direction: 'posterior-to-anterior',
    target: ['piriformis'],
    published: 'Park: 5.2 +/- 0.9 cm',
    referenceRangeMm: [34, 70],
    rangeBasis: 'mean +/- 2 SD',
    source: PARK_2011,
  },
  {
    id: 'piriformis-centre',
    label: 'Skin to piriformis, centre',
    location: {
      // the surface marking of piriformis: lateral border of the sacrum to the trochanter tip
      kind: 'between-landmarks',
      from: 'sacrum-lateral-border',
      to: 'greater-trochanter-tip',
      fraction: 0.5,
    },
    direction: 'posterior-to-anterior',
    target: ['piriformis'],
    published: 'Park: 6.3 +/- 0.8 cm',
    referenceRangeMm: [47, 79],
    rangeBasis: 'mean +/- 2 SD',
    source: PARK_2011,
  },
  {
    id: 'piriformis-lateral',
    label: 'Skin to piriformis, lateral (towards the trochanter)',
    location: {
      // the surface marking of piriformis: lateral border of the sacrum to the trochanter tip
      kind: 'between-landmarks',
      from: 'sacrum-lateral-border',
      to: 'greater-trochanter-tip',
      fraction: 0.7,
    },
    direction: 'posterior-to-anterior',
    target: ['piriformis'],
    published: 'Park: 6.6 +/- 0.9 cm',
    referenceRangeMm: [48, 84],
    rangeBasis: 'mean +/- 2 SD',
    source: PARK_2011,
  },
];
