import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { MechanicsResult } from '../domain/mechanics';
import { type DysfunctionState, mechanicsEngaged, sameItems } from '../domain/view-state';
import { mechanicsFor, useViewerSubscription } from '../state';
import { disposeUnheld } from './gpu-disposal';
import { useLoadedModel } from './model-context';

/** Arrow lengths per unit of load (metres per BW or per N·m/kg), chosen to read at hip scale. */
const M_PER_BW_HIP = 0.045;
const M_PER_NMKG_KNEE = 0.14;
const M_PER_BW_SPINE = 0.08;
const HIP_REACTION_SLOPE = Math.tan((16 * Math.PI) / 180);
/** The side-bending arrow sits this far above L5/S1 (m), clear of the compression arrow. */
const SIDE_BENDING_ARROW_HEIGHT_M = 0.07;
const NEUTRAL_COLOR = new THREE.Color('#3f5f8f');
const WARM_COLOR = new THREE.Color('#e0431b');
/** A rise of this many percent reads as fully "warm". */
const FULL_WARMTH_PCT = 60;

function makeArrow(name: string): THREE.Group {
  const group = new THREE.Group();
  group.name = name;
  const material = new THREE.MeshStandardMaterial({
    color: NEUTRAL_COLOR,
    roughness: 0.4,
    depthTest: false,
    transparent: true,
    opacity: 0.95,
  });
  const shaft = new THREE.Mesh(new THREE.CylinderGeometry(0.0035, 0.0035, 1, 10), material);
  shaft.name = 'shaft';
  const head = new THREE.Mesh(new THREE.ConeGeometry(0.01, 0.024, 14), material);
  head.name = 'head';
  group.add(shaft, head);
  group.renderOrder = 12;
  shaft.renderOrder = 12;
  head.renderOrder = 12;
  for (const child of [shaft, head]) child.raycast = () => undefined;
  return group;
}

const UP = new THREE.Vector3(0, 1, 0);
const tmp = new THREE.Vector3();

/** Place an arrow that ends at `tip`, pointing along `direction`, `length` metres long. */
function setArrow(
  arrow: THREE.Group,
  tip: THREE.Vector3,
  direction: THREE.Vector3,
  length: number,
  warmth: number,
) {
  const shaftLength = Math.max(0.001, length - 0.024);
  const dir = tmp.copy(direction).normalize();
  arrow.position.copy(tip).addScaledVector(dir, -length);
  arrow.quaternion.setFromUnitVectors(UP, dir);
  const shaft = arrow.getObjectByName('shaft') as THREE.Mesh;
  const head = arrow.getObjectByName('head') as THREE.Mesh;
  shaft.scale.set(1, shaftLength, 1);
  shaft.position.set(0, shaftLength / 2, 0);
  head.position.set(0, shaftLength + 0.012, 0);
  const material = shaft.material as THREE.MeshStandardMaterial;
  material.color.copy(NEUTRAL_COLOR).lerp(WARM_COLOR, warmth);
  arrow.visible = length > 0.003;
  arrow.userData.lengthM = length;
}

function makeGlow(): THREE.Mesh {
  const glow = new THREE.Mesh(
    new THREE.SphereGeometry(1, 24, 16),
    new THREE.MeshBasicMaterial({
      color: WARM_COLOR,
      transparent: true,
      opacity: 0,
      depthWrite: false,
      blending: THREE.AdditiveBlending,
    }),
  );
  glow.raycast = () => undefined;
  glow.renderOrder = 4;
  return glow;
}

function warmth(changePct: number): number {
  return Math.min(1, Math.max(0, changePct / FULL_WARMTH_PCT));
}

/**
 * Load arrows scaled to the mechanics result: the hip joint reaction on the stance hip, the
 * knee adduction moment on the medial knee, L5/S1 compression, shear and side bending; and a warm glow at the
 * knee and the lumbosacral junction that grows with the rise in load.
 */
export function LoadArrows() {
  const model = useLoadedModel();
  const invalidate = useThree((s) => s.invalidate);
  // Parts and their group are made together: adding an object to a group is a side effect,
  // and a memo may run twice (strict mode) keeping only one result.
  const { parts, group } = useMemo(() => {
    const made = {
      hip: makeArrow('hip-joint-reaction'),
      knee: makeArrow('knee-adduction-moment'),
      compression: makeArrow('l5s1-compression'),
      shear: makeArrow('l5s1-shear'),
      sideBending: makeArrow('l5s1-side-bending'),
      kneeGlow: makeGlow(),
      backGlow: makeGlow(),
    };
    const g = new THREE.Group();
    g.name = 'load-arrows';
    g.add(
      made.hip,
      made.knee,
      made.compression,
      made.shear,
      made.sideBending,
      made.kneeGlow,
      made.backGlow,
    );
    g.visible = false;
    return { parts: made, group: g };
  }, []);
  // R3F leaves a <primitive>'s geometry and materials alone: free them when the arrows go.
  useEffect(() => () => disposeUnheld(group), [group]);
  const latest = useRef<{ result: MechanicsResult | null; dysfunction: DysfunctionState } | null>(
    null,
  );

  useViewerSubscription(
    (state) => [state.view.dysfunction, state.mechanicsParameters, state.exerciseFocus] as const,
    ([dysfunction, parameters, exerciseFocus]) => {
      const { result } = mechanicsFor(dysfunction, parameters);
      latest.current = { result, dysfunction };
      // Standing loads mean nothing on a body posed in an exercise's key position.
      group.visible = Boolean(result) && mechanicsEngaged(dysfunction) && !exerciseFocus;
      invalidate();
    },
    [group, invalidate],
    sameItems,
  );

  const { hipCentre, kneeCentre, lumbosacral, direction, tip } = useMemo(
    () => ({
      hipCentre: new THREE.Vector3(),
      kneeCentre: new THREE.Vector3(),
      lumbosacral: new THREE.Vector3(),
      direction: new THREE.Vector3(),
      tip: new THREE.Vector3(),
    }),
    [],
  );
  // Arrows follow the posed skeleton, so they are placed each drawn frame (only while visible).
  useFrame(() => {
    const data = latest.current;
    if (!model || !group.visible || !data?.result) return;
    const { result, dysfunction } = data;
    const side = dysfunction.stanceSide;
    const towardMedial = side === 'right' ? 1 : -1;
    const hipNode = model.index.joints.get(`hip:${side}`);
    const kneeNode = model.index.joints.get(`knee:${side}`);
    const spineNode = model.index.joints.get('lumbosacral:midline');
    if (!hipNode || !kneeNode || !spineNode) return;
    hipNode.getWorldPosition(hipCentre);
    kneeNode.getWorldPosition(kneeCentre);
    spineNode.getWorldPosition(lumbosacral);
    const { loads, change } = result;
    // Hip: the joint reaction pushes the femoral head down and out; drawn arriving from above-medial.
    // About 16° from vertical (Bergmann 2001 single-leg stance direction), lateral-downward.
    direction.set(-towardMedial * HIP_REACTION_SLOPE, -1, 0);
    setArrow(
      parts.hip,
      hipCentre,
      direction,
      loads.hipJointReactionBW * M_PER_BW_HIP,
      warmth(change.hipJointReactionPct),
    );
    // Knee: the adduction moment loads the medial compartment; a downward arrow on the inner knee.
    tip.copy(kneeCentre).add(direction.set(towardMedial * 0.022, 0.005, 0));
    direction.set(0, -1, 0);
    setArrow(
      parts.knee,
      tip,
      direction,
      Math.max(0, loads.kneeAdductionMomentNmPerKg) * M_PER_NMKG_KNEE,
      warmth(change.kneeAdductionMomentPct),
    );
    // L5/S1: compression down the spine onto the sacrum (side-bending muscle force included),
    // shear forward.
    setArrow(
      parts.compression,
      lumbosacral,
      direction.set(0, -1, 0),
      loads.l5s1CompressionWithSideBendingBW * M_PER_BW_SPINE,
      warmth(change.l5s1CompressionWithSideBendingPct),
    );
    // Side bending: a sideways arrow above L5/S1, pointing the way the upper body's weight bends
    // the trunk, on the knee arrow's scale (both N·m/kg) so the two loads compare at a glance.
    const sideMoment = loads.l5s1SideBendingMomentNmPerKg;
    const healthyKnee = Math.max(1e-6, result.baseline.loads.kneeAdductionMomentNmPerKg);
    tip.copy(lumbosacral).add(direction.set(0, SIDE_BENDING_ARROW_HEIGHT_M, 0));
    setArrow(
      parts.sideBending,
      tip,
      direction.set(-towardMedial * (sideMoment < 0 ? -1 : 1), 0, 0),
      Math.abs(sideMoment) * M_PER_NMKG_KNEE,
      // warm as the moment grows toward the size of the healthy knee moment
      warmth((100 * Math.abs(sideMoment)) / healthyKnee),
    );
    tip.copy(lumbosacral).add(direction.set(0, -0.008, 0.03));
    setArrow(
      parts.shear,
      tip,
      direction.set(0, 0, 1),
      Math.max(0, loads.l5s1ShearBW) * M_PER_BW_SPINE,
      warmth(change.l5s1ShearPct),
    );
    const kneeWarmth = warmth(change.kneeAdductionMomentPct);
    parts.kneeGlow.position.copy(kneeCentre);
    parts.kneeGlow.scale.setScalar(0.035 + 0.02 * kneeWarmth);
    (parts.kneeGlow.material as THREE.MeshBasicMaterial).opacity = 0.45 * kneeWarmth;
    const backWarmth = warmth(
      Math.max(
        change.l5s1CompressionPct,
        change.l5s1ShearPct,
        change.l5s1CompressionWithSideBendingPct,
      ),
    );
    parts.backGlow.position.copy(lumbosacral);
    parts.backGlow.scale.setScalar(0.04 + 0.02 * backWarmth);
    (parts.backGlow.material as THREE.MeshBasicMaterial).opacity = 0.45 * backWarmth;
  });

  return <primitive object={group} />;
}
