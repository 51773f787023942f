import { describe, expect, it } from 'vitest';
import { simulate } from '../mechanics';
import { blendPose, poseDistanceDeg, poseFromPosture } from './skeleton-pose';

const posture = {
  pelvicDropDeg: 7,
  trunkLeanDeg: -3,
  trunkLeanOnPelvisDeg: 4,
  hipAdductionDeg: 7,
  anteriorPelvicTiltChangeDeg: 2,
  lumbarLordosisChangeDeg: 1.5,
};

/** Where +X (the body's left) goes after a rotation about +Z by `deg`. */
function rotateLeftSide(deg: number): { x: number; y: number } {
  const r = (deg * Math.PI) / 180;
  return { x: Math.cos(r), y: Math.sin(r) };
}

describe('poseFromPosture', () => {
  it('drops the swing side of the pelvis and leans toward the stance side', () => {
    const right = poseFromPosture(posture, { kind: 'single-leg-stance' }, 'right');
    // Standing on the right leg: the left (+X) side of the pelvis goes down.
    expect(rotateLeftSide(right.pelvisFrontalDeg).y).toBeLessThan(0);
    expect(right.pelvisFrontalDeg).toBe(-7);
    // A positive rotation about +Z carries the trunk toward -X, the right side.
    expect(right.lumbarFrontalDeg).toBe(4);
    expect(right.pelvisSagittalDeg).toBe(2);
    expect(right.lumbarSagittalDeg).toBe(-1.5);
  });

  it('mirrors for a left stance leg', () => {
    const left = poseFromPosture(posture, { kind: 'single-leg-stance' }, 'left');
    expect(left.pelvisFrontalDeg).toBe(7);
    expect(left.lumbarFrontalDeg).toBe(-4);
    expect(left.pelvisSagittalDeg).toBe(2);
  });

  it('splits a hip hinge between the hips and the lumbar spine', () => {
    const zero = {
      ...posture,
      pelvicDropDeg: 0,
      trunkLeanOnPelvisDeg: 0,
      anteriorPelvicTiltChangeDeg: 0,
      lumbarLordosisChangeDeg: 0,
    };
    const pose = poseFromPosture(zero, { kind: 'hip-hinge', trunkFlexionDeg: 40 }, 'right');
    expect(pose.pelvisSagittalDeg + pose.lumbarSagittalDeg).toBeCloseTo(40, 9);
    expect(pose.pelvisSagittalDeg).toBeCloseTo(26, 9);
  });

  it('poses the Trendelenburg preset with a visible drop', () => {
    const result = simulate({
      muscles: {
        'gluteus-medius': { weakness: 1 },
        'gluteus-minimus': { weakness: 1 },
        'tensor-fasciae-latae': { weakness: 1 },
      },
      compensationStyle: 0,
    });
    const pose = poseFromPosture(result.posture, { kind: 'single-leg-stance' }, 'right');
    expect(pose.pelvisFrontalDeg).toBeLessThan(-10);
  });
});

describe('blendPose', () => {
  it('moves part of the way and reports the remaining distance', () => {
    const a = poseFromPosture(
      { ...posture, pelvicDropDeg: 0 },
      { kind: 'single-leg-stance' },
      'right',
    );
    const b = poseFromPosture(posture, { kind: 'single-leg-stance' }, 'right');
    const half = blendPose(a, b, 0.5);
    expect(half.pelvisFrontalDeg).toBeCloseTo(-3.5, 9);
    expect(poseDistanceDeg(half, b)).toBeCloseTo(3.5, 9);
    expect(poseDistanceDeg(blendPose(a, b, 1), b)).toBe(0);
  });
});
