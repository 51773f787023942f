import { LUMBAR_LEVELS, lumbarFrame } from '../bones/bone-sdfs';
import { vertebraLandmarks } from '../bones/lumbar-vertebra';
import { loadFigures, mm } from '../figures/load-figures';
import { add, lerp, type Vec3 } from '../math/vec3';
import { joint } from '../skeleton/skeleton';
import type { LandmarkDef } from './landmark-table';

const rotZ = (p: Vec3, a: number): Vec3 => [
  p[0] * Math.cos(a) - p[1] * Math.sin(a),
  p[0] * Math.sin(a) + p[1] * Math.cos(a),
  p[2],
];

/**
 * Every landmark of the vocabulary with its source point. Bony points start from the figures'
 * mesh vertices (Rajagopal 2016) or from this model's own construction and are snapped onto the
 * generated bone; soft-tissue points are projected onto the skin or placed on the muscle.
 */
export function landmarkDefs(): LandmarkDef[] {
  const f = loadFigures();
  const L = f.landmarks_mesh_derived;
  const pel = (k: string) => mm(L.pelvis[k] as Vec3);
  const hip = joint('hip').centre;
  const knee = joint('knee').centre;
  const fem = (k: string) => add(hip, mm(L.femur_r[k] as Vec3));
  const tibiaO = mm(f.joints.body_origins_default_pose.tibia_r!);
  const patellaO = mm(f.joints.body_origins_default_pose.patella_r!);
  const tib = (p: Vec3) => add(tibiaO, p);
  const asis = pel('ASIS_anterior_most_vertex');
  const pubicTubercle: Vec3 = [-13, -85, 22];
  const crestTop = pel('iliac_crest_highest_vertex');
  const glutealFold: Vec3 = [-150, -158, 62];
  const defs: LandmarkDef[] = [
    {
      id: 'ASIS',
      joint: 'pelvis',
      layer: 'bones',
      point: asis,
      snap: { to: 'bone:hip-bone' },
      basis: 'Rajagopal 2016 pelvis mesh, most anterior vertex',
    },
    {
      id: 'AIIS',
      joint: 'pelvis',
      layer: 'bones',
      point: [-22, -31, 97],
      snap: { to: 'bone:hip-bone' },
      basis: 'model construction (AIIS boss)',
    },
    {
      id: 'PSIS',
      joint: 'pelvis',
      layer: 'bones',
      point: pel('PSIS_posterior_most_ilium_vertex'),
      snap: { to: 'bone:hip-bone' },
      basis: 'Rajagopal 2016 pelvis mesh, most posterior ilium vertex',
    },
    {
      id: 'iliac-crest-highest',
      joint: 'pelvis',
      layer: 'bones',
      point: crestTop,
      snap: { to: 'bone:hip-bone' },
      basis: 'Rajagopal 2016 pelvis mesh, highest vertex',
    },
    {
      id: 'iliac-tubercle',
      joint: 'pelvis',
      layer: 'bones',
      point: [-24, 32, 134],
      snap: { to: 'bone:hip-bone' },
      basis: 'crest outline, most lateral point (about 5 cm behind the ASIS)',
    },
    {
      id: 'greater-sciatic-notch-apex',
      joint: 'pelvis',
      layer: 'bones',
      point: [-97, -32, 62],
      snap: { to: 'bone:hip-bone' },
      basis: 'model construction (deepest point of the notch outline)',
    },
    {
      id: 'ischial-tuberosity',
      joint: 'pelvis',
      layer: 'bones',
      point: [-112, -122, 54],
      snap: { to: 'bone:hip-bone' },
      basis: 'hamstring origins (Rajagopal 2016) moved to the posterior surface',
    },
    {
      id: 'pubic-tubercle',
      joint: 'pelvis',
      layer: 'bones',
      point: [-9, -85, 23],
      snap: { to: 'bone:hip-bone' },
      basis: 'model construction',
    },
    {
      id: 'pubic-symphysis-inferior-border',
      joint: 'pelvis',
      layer: 'bones',
      point: [-33, -121, 0],
      snap: { to: 'bone:hip-bone' },
      basis: 'model construction (lower end of the symphyseal face)',
    },
    {
      id: 'hip-joint-center',
      joint: 'pelvis',
      layer: 'bones',
      point: hip,
      basis: 'Rajagopal 2016 hip joint centre',
    },
    {
      id: 'sacrum-lateral-border',
      joint: 'pelvis',
      layer: 'bones',
      point: [-130, -12, 34],
      snap: { to: 'bone:sacrum' },
      basis: 'model construction (S3 level)',
    },
    {
      id: 'S1-posterior-sacral-foramen',
      joint: 'pelvis',
      layer: 'bones',
      point: [-140, 34, 20],
      snap: { to: 'bone:sacrum' },
      basis: 'model construction',
    },
    {
      id: 'S2-posterior-sacral-foramen',
      joint: 'pelvis',
      layer: 'bones',
      point: [-142, 10, 18],
      snap: { to: 'bone:sacrum' },
      basis: 'model construction',
    },
    {
      id: 'sacral-hiatus',
      joint: 'pelvis',
      layer: 'bones',
      point: [-138, -44, 0],
      snap: { to: 'bone:sacrum' },
      basis: 'model construction (S4-S5)',
    },
    {
      id: 'sacral-promontory',
      joint: 'pelvis',
      layer: 'bones',
      point: [-84, 52, 0],
      snap: { to: 'bone:sacrum' },
      basis: 'Rajagopal 2016 sacrum mesh, promontory (on the midline)',
    },
    {
      id: 'coccyx-tip',
      joint: 'pelvis',
      layer: 'bones',
      point: [-115, -104, 0],
      snap: { to: 'bone:coccyx' },
      basis: 'model construction',
    },
    {
      id: 'greater-trochanter-tip',
      joint: 'hip',
      layer: 'bones',
      point: fem('greater_trochanter_tip_highest_lateral_vertex'),
      snap: { to: 'bone:femur' },
      basis: 'Rajagopal 2016 femur mesh',
    },
    {
      id: 'lesser-trochanter',
      joint: 'hip',
      layer: 'bones',
      point: add(hip, [-24, -58, 14]),
      snap: { to: 'bone:femur' },
      basis: 'model construction (tip), near the psoas insertion',
    },
    {
      id: 'femoral-lateral-epicondyle',
      joint: 'hip',
      layer: 'bones',
      point: fem('lateral_epicondyle_most_lateral_distal_vertex'),
      snap: { to: 'bone:femur' },
      basis: 'Rajagopal 2016 femur mesh',
    },
    {
      id: 'femoral-medial-epicondyle',
      joint: 'hip',
      layer: 'bones',
      point: fem('medial_epicondyle_most_medial_distal_vertex'),
      snap: { to: 'bone:femur' },
      basis: 'Rajagopal 2016 femur mesh',
    },
    {
      id: 'knee-joint-center',
      joint: 'knee',
      layer: 'bones',
      point: knee,
      basis: 'Rajagopal 2016 knee joint centre',
    },
    {
      id: 'patella-center',
      joint: 'knee',
      layer: 'bones',
      point: add(patellaO, [2.5, 27, 1]),
      basis: 'Rajagopal 2016 patella extents, centre',
    },
    {
      id: 'patella-apex',
      joint: 'knee',
      layer: 'bones',
      point: add(patellaO, [3, 1.5, 1]),
      snap: { to: 'bone:patella' },
      basis: 'Rajagopal 2016 patella apex',
    },
    {
      id: 'patella-base-lateral-end',
      joint: 'knee',
      layer: 'bones',
      point: add(patellaO, [3, 40, 24]),
      snap: { to: 'bone:patella' },
      basis: 'model construction',
    },
    {
      id: 'patella-base-medial-end',
      joint: 'knee',
      layer: 'bones',
      point: add(patellaO, [3, 40, -22]),
      snap: { to: 'bone:patella' },
      basis: 'model construction',
    },
    {
      id: 'fibular-head',
      joint: 'knee',
      layer: 'bones',
      point: tib([-20, -48, 38]),
      snap: { to: 'bone:fibula' },
      basis: 'Rajagopal 2016 fibula mesh, head',
    },
    {
      id: 'tibial-tuberosity',
      joint: 'knee',
      layer: 'bones',
      point: tib(mm(L.tibia_r.tibial_tuberosity_anterior_most_vertex!)),
      snap: { to: 'bone:tibia' },
      basis: 'Rajagopal 2016 tibia mesh',
    },
    {
      id: 'ST35-lateral-knee-eye',
      joint: 'knee',
      layer: 'skin',
      point: add(patellaO, [-25, -6, 14]),
      snap: { to: 'skin', dir: [1, 0, 0.3] },
      basis: 'WHO 2008: depression lateral to the patellar ligament below the patella',
    },
    {
      id: 'popliteal-crease-lateral',
      joint: 'knee',
      layer: 'skin',
      point: add(knee, [0, 0, 20]),
      snap: { to: 'skin', dir: [-1, 0, 0.45] },
      basis: 'posterior knee at the joint line, lateral end',
    },
    {
      id: 'umbilicus',
      joint: 'pelvis',
      layer: 'skin',
      point: [0, 118, 0],
      snap: { to: 'skin', dir: [1, 0, 0] },
      basis: 'midline abdomen at about the L3/L4 disc level',
    },
    {
      id: 'gluteal-fold-midpoint',
      joint: 'pelvis',
      layer: 'skin',
      point: [-100, glutealFold[1], glutealFold[2]],
      snap: { to: 'skin', dir: [-1, 0, 0] },
      basis: 'lower border of the buttock, halfway across',
    },
    {
      id: 'buttock-quadrant-center',
      joint: 'pelvis',
      layer: 'skin',
      point: [-100, (crestTop[1] + glutealFold[1]) / 2, 78],
      snap: { to: 'skin', dir: [-1, 0, 0] },
      basis: 'centre of the buttock between crest, fold, cleft and lateral border',
    },
    {
      id: 'psoas-inguinal-crossing',
      joint: 'pelvis',
      layer: 'skin',
      point: lerp(asis, pubicTubercle, 0.58),
      basis: 'on the inguinal ligament line (ASIS to pubic tubercle) in front of psoas',
    },
    {
      id: 'lcfa-ascending-branch-entry-tfl',
      joint: 'hip',
      layer: 'superficial',
      point: [-10, -88, 112],
      basis: 'deep medial border of TFL about 9 cm below the ASIS',
    },
  ];
  for (const l of LUMBAR_LEVELS) {
    const { tilt, spacing } = lumbarFrame(l);
    const lm = vertebraLandmarks(l.level, spacing);
    const c = joint(l.joint).centre;
    defs.push(
      {
        id: `${l.level}-transverse-process`,
        joint: l.joint,
        layer: 'bones',
        point: add(c, rotZ(lm.transverseTip, tilt)),
        snap: { to: `bone:${l.id}` },
        basis: 'model construction (Li 2003 lengths)',
      },
      {
        id: `${l.level}-spinous-process`,
        joint: l.joint,
        layer: 'bones',
        point: add(c, rotZ(lm.spinousTip, tilt)),
        snap: { to: `bone:${l.id}` },
        basis: 'model construction',
      },
    );
  }
  const t12 = joint('T12-L1');
  defs.push({
    id: 'T12-transverse-process',
    joint: 'T12-L1',
    layer: 'bones',
    point: add(t12.centre, rotZ([-34, 22, 26], (t12.tiltDeg * Math.PI) / 180)),
    basis: 'T12 is not modelled: reference point above the T12/L1 joint (short T12 process)',
  });
  return defs;
}
