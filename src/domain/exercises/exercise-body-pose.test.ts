import { describe, expect, it } from 'vitest';
import type { BilateralSide } from '../anatomy';
import {
  add,
  composeQuat,
  dot,
  IDENTITY_QUAT,
  type Quat,
  rotateVec3,
  scale,
  sub,
  type Vec3,
} from '../geometry';
import { EXERCISE_IDS } from './exercise';
import { exerciseBodyPose, lumbarJointRotation } from './exercise-body-pose';
import { findExercise } from './exercise-table';

/** Rest positions of the generated model (docs/model-contract.md), model metres. */
const HIP_M: Record<BilateralSide, Vec3> = {
  left: [0.0773, -0.0785, -0.0563],
  right: [-0.0773, -0.0785, -0.0563],
};
const THIGH_M = 0.408;
const SHIN_M = 0.43;
const UP: Vec3 = [0, 1, 0];
const DOWN: Vec3 = [0, -1, 0];
const degBetween = (a: Vec3, b: Vec3) =>
  (Math.acos(Math.max(-1, Math.min(1, dot(a, b)))) * 180) / Math.PI;

/** Where the joints of a posed leg end up (model frame, pelvis at the origin). */
function legPoints(pose: ReturnType<typeof exerciseBodyPose>, side: BilateralSide) {
  const thighRotation = composeQuat(pose.root, pose.hips[side]);
  const shinRotation = composeQuat(thighRotation, pose.knees[side]);
  const hip = rotateVec3(pose.root, HIP_M[side]);
  const knee = add(hip, scale(rotateVec3(thighRotation, DOWN), THIGH_M));
  const ankle = add(knee, scale(rotateVec3(shinRotation, DOWN), SHIN_M));
  return { hip, knee, ankle, thigh: rotateVec3(thighRotation, DOWN) };
}
const bodyAxis = (pose: ReturnType<typeof exerciseBodyPose>) => rotateVec3(pose.root, UP);
const bodyFront = (pose: ReturnType<typeof exerciseBodyPose>) => rotateVec3(pose.root, [0, 0, 1]);
const pose = (id: (typeof EXERCISE_IDS)[number], side: BilateralSide = 'right') =>
  exerciseBodyPose(findExercise(id), side);

describe('exercise key positions on the 3-D body', () => {
  it('side-lying abduction: long axis horizontal, lying on the other side, exercised thigh lifted', () => {
    for (const side of ['right', 'left'] as const) {
      const p = pose('side-lying-hip-abduction', side);
      expect(Math.abs(bodyAxis(p)[1]), 'long axis horizontal').toBeLessThan(1e-9);
      expect(p.lyingOn).toBe(side === 'right' ? 'left' : 'right');
      const top = legPoints(p, side);
      const bottom = legPoints(p, p.lyingOn!);
      expect(top.hip[1], 'exercised hip on top').toBeGreaterThan(bottom.hip[1] + 0.1);
      // The thigh rises 30° above the line of the body.
      const lift = 90 - degBetween(top.thigh, UP);
      expect(lift, 'thigh lifted').toBeCloseTo(30, 5);
      expect(top.knee[1] - top.hip[1], 'knee above hip').toBeGreaterThan(0.15);
    }
  });

  it('prone hip extension: face down, long axis horizontal, exercised thigh lifted off the floor', () => {
    const p = pose('prone-hip-extension');
    expect(Math.abs(bodyAxis(p)[1])).toBeLessThan(1e-9);
    expect(bodyFront(p)[1], 'faces the floor').toBeCloseTo(-1, 9);
    const lifted = legPoints(p, 'right');
    const resting = legPoints(p, 'left');
    expect(lifted.knee[1] - resting.knee[1], 'exercised knee higher').toBeGreaterThan(0.08);
    expect(p.legs.right.hipFlexionDeg).toBeLessThan(0);
  });

  it('bridge: supine, hips near neutral, knees about 90°, knees above the hips, feet below them', () => {
    const p = pose('bridge');
    expect(dot(bodyFront(p), UP), 'faces up').toBeGreaterThan(0.9);
    for (const side of ['left', 'right'] as const) {
      expect(Math.abs(p.legs[side].hipFlexionDeg)).toBeLessThanOrEqual(10);
      expect(p.legs[side].kneeFlexionDeg).toBeCloseTo(90, 0);
      const leg = legPoints(p, side);
      expect(leg.knee[1], 'knee above the hip').toBeGreaterThan(leg.hip[1]);
      expect(leg.ankle[1], 'foot down toward the floor').toBeLessThan(leg.knee[1] - 0.3);
    }
  });

  it('clamshell: hips and knees bent, top knee opened by external rotation, feet kept together', () => {
    const p = pose('clamshell');
    const top = legPoints(p, 'right');
    const bottom = legPoints(p, 'left');
    for (const side of ['left', 'right'] as const) {
      expect(p.legs[side].hipFlexionDeg).toBeGreaterThanOrEqual(30);
      expect(p.legs[side].kneeFlexionDeg).toBeGreaterThanOrEqual(60);
    }
    expect(p.legs.right.hipExternalRotationDeg, 'top leg rotates out').toBeGreaterThan(15);
    expect(p.legs.left.hipExternalRotationDeg).toBe(0);
    const kneeGap = top.knee[1] - bottom.knee[1];
    const hipGap = top.hip[1] - bottom.hip[1];
    expect(kneeGap - hipGap, 'knees open').toBeGreaterThan(0.08);
    // The feet stay close: the top foot is nearer to the bottom foot than the knees are.
    const ankleGap = Math.hypot(...sub(top.ankle, bottom.ankle));
    expect(ankleGap, 'feet together').toBeLessThan(Math.hypot(...sub(top.knee, bottom.knee)) / 2);
  });

  it('single-leg squat and step-ups stand upright; the squat bends hip and knee of the exercised leg', () => {
    const p = pose('single-leg-squat', 'left');
    expect(bodyAxis(p)[1], 'upright, leaning a little').toBeGreaterThan(0.9);
    expect(p.legs.left.hipFlexionDeg).toBeGreaterThan(30);
    expect(p.legs.left.kneeFlexionDeg).toBeGreaterThan(45);
    const stance = legPoints(p, 'left');
    expect(stance.knee[2], 'knee in front of the hip').toBeGreaterThan(stance.hip[2]);
    expect(stance.ankle[2], 'foot under the body, behind the knee').toBeLessThan(stance.knee[2]);
  });

  it('standing on one leg: the free foot is off the floor, the stance foot lowest', () => {
    const stance = {
      'single-leg-squat': 'exercised',
      'single-leg-deadlift': 'exercised',
      'hip-hike': 'exercised',
      'standing-hip-abduction': 'other',
    } as const;
    for (const [id, role] of Object.entries(stance)) {
      const p = pose(id as keyof typeof stance, 'right');
      const stanceSide = role === 'exercised' ? 'right' : 'left';
      const freeSide = stanceSide === 'right' ? 'left' : 'right';
      const lift = legPoints(p, freeSide).ankle[1] - legPoints(p, stanceSide).ankle[1];
      expect(lift, `${id}: free foot lifted`).toBeGreaterThan(0.03);
    }
    // Step-ups: the exercised foot is on the step, the other lower, on the floor.
    for (const id of ['lateral-step-up', 'forward-step-up'] as const) {
      const p = pose(id, 'left');
      const step = legPoints(p, 'left').ankle[1] - legPoints(p, 'right').ankle[1];
      expect(step, `${id}: exercised foot on the step`).toBeGreaterThan(0.05);
    }
  });

  it('side plank: lying on the exercised side, body rising from the floor toward the head', () => {
    const p = pose('side-plank-abduction', 'left');
    expect(p.lyingOn).toBe('left');
    expect(bodyAxis(p)[1], 'head higher than the feet').toBeGreaterThan(0.25);
    expect(bodyAxis(p)[1]).toBeLessThan(0.5);
    const top = legPoints(p, 'right');
    expect(top.hip[1], 'free leg on top').toBeGreaterThan(legPoints(p, 'left').hip[1]);
  });

  it('hip hike: the free side of the pelvis rises while both legs and the trunk stay vertical', () => {
    const p = pose('hip-hike', 'right');
    const stance = legPoints(p, 'right');
    const free = legPoints(p, 'left');
    expect(free.hip[1] - stance.hip[1], 'free side higher').toBeGreaterThan(0.02);
    expect(degBetween(stance.thigh, DOWN)).toBeLessThan(1e-6);
    expect(degBetween(free.thigh, DOWN)).toBeLessThan(1e-6);
    let trunk: Quat = p.root;
    for (let i = 0; i < 5; i++) trunk = composeQuat(trunk, lumbarJointRotation(p, 5));
    expect(degBetween(rotateVec3(trunk, UP), UP), 'trunk upright').toBeLessThan(1e-6);
  });

  it('mirrors left and right: the same exercise on the other side is the mirror image', () => {
    for (const id of EXERCISE_IDS) {
      const right = pose(id, 'right');
      const left = pose(id, 'left');
      const r = legPoints(right, 'right');
      const l = legPoints(left, 'left');
      // Mirror in the body's own sagittal plane: compare in each pose's body frame.
      const local = (p: typeof right, v: Vec3) =>
        rotateVec3([-p.root[0], -p.root[1], -p.root[2], p.root[3]], v);
      const a = local(right, sub(r.ankle, r.hip));
      const b = local(left, sub(l.ankle, l.hip));
      expect(a[0], id).toBeCloseTo(-b[0], 9);
      expect(a[1], id).toBeCloseTo(b[1], 9);
      expect(a[2], id).toBeCloseTo(b[2], 9);
    }
  });

  it('gives every exercise a unit view direction and a standing exercise an upright body', () => {
    for (const id of EXERCISE_IDS) {
      const p = pose(id);
      expect(Math.hypot(...p.viewDirection), id).toBeCloseTo(1, 9);
      if (p.position === 'standing') expect(bodyAxis(p)[1], id).toBeGreaterThan(0.3);
      else expect(Math.abs(bodyAxis(p)[1]), id).toBeLessThan(0.5);
    }
    expect(pose('standing-hip-abduction').root).toEqual(IDENTITY_QUAT);
  });
});
