import type { JointId } from '../../src/domain/anatomy';
import { loadFigures, mm } from '../figures/load-figures';
import { add, type Vec3 } from '../math/vec3';

// The joint ids and their order are the domain's one table (src/domain/anatomy/joints.ts).
export type { JointId };

export interface JointDef {
  readonly id: JointId;
  readonly bilateral: boolean;
  readonly parent: JointId | null;
  /** Centre in the OpenSim pelvis frame, mm, right side for bilateral joints. */
  readonly centre: Vec3;
  /** Frame tilt about +z (deg) of the segment it carries, from the figures (lumbar only). */
  readonly tiltDeg: number;
}

/**
 * The S1 endplate centre of the Rajagopal sacrum and the disc half-height above it. The
 * Wilkinson 2021 lumbar chain was grafted onto this pelvis and its L5/S1 centre sits about
 * 1.5 cm above and behind that endplate (figures, section 3.2), so the whole chain (joint
 * spacing and tilts unchanged) is translated to seat L5 on the sacrum.
 */
const S1_ENDPLATE_CENTRE: Vec3 = [-104.3, 56.6, 0];
const S1_ENDPLATE_NORMAL: Vec3 = [0.5, 0.866, 0];
const L5_S1_DISC_HALF_HEIGHT_MM = 7;

let cached: readonly JointDef[] | undefined;

/** All joints in the neutral (OpenSim default) pose, parents before children. */
export function skeletonJoints(): readonly JointDef[] {
  if (cached) return cached;
  const f = loadFigures();
  const chain = f.joints.lumbar_chain_wilkinson2021;
  const l5s1 = mm(chain.L5_S1_IVDjnt!.joint_centre_in_pelvis_frame);
  const seat = add(S1_ENDPLATE_CENTRE, [
    S1_ENDPLATE_NORMAL[0] * L5_S1_DISC_HALF_HEIGHT_MM,
    S1_ENDPLATE_NORMAL[1] * L5_S1_DISC_HALF_HEIGHT_MM,
    0,
  ]);
  const shift: Vec3 = [seat[0] - l5s1[0], seat[1] - l5s1[1], 0];
  const lumbar = (key: string): { centre: Vec3; tiltDeg: number } => {
    const j = chain[key]!;
    return {
      centre: add(mm(j.joint_centre_in_pelvis_frame), shift),
      tiltDeg: j.child_frame_tilt_about_z_deg,
    };
  };
  const hip = mm(f.joints.hip_r.location_in_pelvis);
  const knee = add(hip, mm(f.joints.knee_r.location_in_parent));
  cached = [
    { id: 'pelvis', bilateral: false, parent: null, centre: [0, 0, 0], tiltDeg: 0 },
    { id: 'lumbosacral', bilateral: false, parent: 'pelvis', ...lumbar('L5_S1_IVDjnt') },
    { id: 'L4-L5', bilateral: false, parent: 'lumbosacral', ...lumbar('L4_L5_IVDjnt') },
    { id: 'L3-L4', bilateral: false, parent: 'L4-L5', ...lumbar('L3_L4_IVDjnt') },
    { id: 'L2-L3', bilateral: false, parent: 'L3-L4', ...lumbar('L2_L3_IVDjnt') },
    { id: 'L1-L2', bilateral: false, parent: 'L2-L3', ...lumbar('L1_L2_IVDjnt') },
    { id: 'T12-L1', bilateral: false, parent: 'L1-L2', ...lumbar('T12_L1_IVDjnt') },
    { id: 'hip', bilateral: true, parent: 'pelvis', centre: hip, tiltDeg: 0 },
    { id: 'knee', bilateral: true, parent: 'hip', centre: knee, tiltDeg: 0 },
  ];
  return cached;
}

export function joint(id: JointId): JointDef {
  const j = skeletonJoints().find((x) => x.id === id);
  if (!j) throw new Error(`skeleton: unknown joint "${id}"`);
  return j;
}

/** Translation applied to the Wilkinson lumbar chain (mm), exported for the lumbar figures. */
export function lumbarShift(): Vec3 {
  const f = loadFigures();
  const l5s1 = mm(f.joints.lumbar_chain_wilkinson2021.L5_S1_IVDjnt!.joint_centre_in_pelvis_frame);
  const c = joint('lumbosacral').centre;
  return [c[0] - l5s1[0], c[1] - l5s1[1], 0];
}
