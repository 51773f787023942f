// @vitest-environment jsdom
import ReactThreeTestRenderer from '@react-three/test-renderer';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { findMechanicsPreset, simulate } from '../../src/domain/mechanics';
import { poseFromPosture } from '../../src/domain/pose';
import { dysfunctionFromPreset, toMechanicsInput } from '../../src/domain/view-state';
import { ModelView } from '../../src/scene/ModelView';
import { SkeletonPoser } from '../../src/scene/SkeletonPoser';
import { createViewerStore, ViewerStoreProvider } from '../../src/state';

/** A skeleton that meets the model contract's joint hierarchy (no meshes needed). */
function tinySkeleton() {
  const joint = (id: string, side: string, position: [number, number, number]) => {
    const node = new THREE.Group();
    node.userData = { kind: 'joint', id, side, layer: 'bones' };
    node.position.set(...position);
    return node;
  };
  const root = new THREE.Group();
  const pelvis = joint('pelvis', 'midline', [0, 0, 0]);
  const hipRight = joint('hip', 'right', [-0.077, -0.078, -0.056]);
  const hipLeft = joint('hip', 'left', [0.077, -0.078, -0.056]);
  const kneeRight = joint('knee', 'right', [0, -0.408, 0]);
  const kneeLeft = joint('knee', 'left', [0, -0.408, 0]);
  hipRight.add(kneeRight);
  hipLeft.add(kneeLeft);
  let parent = joint('lumbosacral', 'midline', [0, 0.063, -0.101]);
  pelvis.add(parent);
  const lumbar = [parent];
  for (const id of ['L4-L5', 'L3-L4', 'L2-L3', 'L1-L2']) {
    const child = joint(id, 'midline', [0, 0.036, 0]);
    parent.add(child);
    lumbar.push(child);
    parent = child;
  }
  pelvis.add(hipRight, hipLeft);
  root.add(pelvis);
  return { root, pelvis, hipRight, hipLeft, kneeLeft, lumbar };
}

describe('SkeletonPoser', () => {
  it('poses the bones as the mechanics result says', async () => {
    const preset = findMechanicsPreset('trendelenburg');
    if (!preset) throw new Error('preset missing');
    const dysfunction = dysfunctionFromPreset(preset, 'right');
    const store = createViewerStore({ dysfunction });
    const { root, pelvis, hipRight, hipLeft, kneeLeft, lumbar } = tinySkeleton();
    const renderer = await ReactThreeTestRenderer.create(
      <ViewerStoreProvider store={store}>
        <ModelView root={root}>
          <SkeletonPoser reducedMotion />
        </ModelView>
      </ViewerStoreProvider>,
    );
    const result = simulate(toMechanicsInput(dysfunction));
    const pose = poseFromPosture(result.posture, dysfunction.task, 'right');
    expect(pose.pelvisFrontalDeg).toBeLessThan(-10);

    // The pelvis turns about +Z by the computed angle (the swing side, +X, goes down)...
    const expected = new THREE.Quaternion().setFromAxisAngle(
      new THREE.Vector3(0, 0, 1),
      THREE.MathUtils.degToRad(pose.pelvisFrontalDeg),
    );
    expect(pelvis.quaternion.angleTo(expected)).toBeLessThan(1e-6);
    // ...about the stance hip, which stays where it was.
    root.updateMatrixWorld(true);
    const stanceHip = hipRight.getWorldPosition(new THREE.Vector3());
    expect(stanceHip.distanceTo(new THREE.Vector3(-0.077, -0.078, -0.056))).toBeLessThan(1e-6);
    expect(hipLeft.getWorldPosition(new THREE.Vector3()).y).toBeLessThan(-0.078);
    // The thigh stays upright in the world; the lifted swing knee bends.
    const thigh = new THREE.Quaternion();
    hipRight.getWorldQuaternion(thigh);
    expect(thigh.angleTo(new THREE.Quaternion())).toBeLessThan(1e-6);
    expect(kneeLeft.quaternion.angleTo(new THREE.Quaternion())).toBeGreaterThan(0.1);
    // The trunk bend on the pelvis is shared by the lumbar joints.
    const perJoint = THREE.MathUtils.degToRad(pose.lumbarFrontalDeg / lumbar.length);
    for (const joint of lumbar) {
      const euler = new THREE.Euler().setFromQuaternion(joint.quaternion, 'ZXY');
      expect(euler.z).toBeCloseTo(perJoint, 9);
    }

    // No dysfunction: back to the rest pose.
    await ReactThreeTestRenderer.act(async () =>
      store.getState().setDysfunction({ muscles: {}, compensationStyle: 0.7 }),
    );
    expect(pelvis.quaternion.angleTo(new THREE.Quaternion())).toBeLessThan(1e-6);
    expect(pelvis.position.length()).toBeLessThan(1e-6);
    await renderer.unmount();
  });
});
