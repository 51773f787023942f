import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { posedBoundingBox } from './focus-bounds';

/** A bent two-bone strip with quantized weights, posed away from its bind pose. */
function posedStrip(): THREE.SkinnedMesh {
  const positions: number[] = [];
  const joints: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i <= 10; i++) {
    for (const x of [-0.05, 0.05]) {
      positions.push(x, i * 0.1, (i % 3) * 0.01);
      const w = Math.round((i / 10) * 255);
      joints.push(0, 1, 0, 0);
      weights.push(255 - w, w, 0, 0);
    }
  }
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
  geometry.setAttribute('skinIndex', new THREE.Uint16BufferAttribute(joints, 4));
  geometry.setAttribute('skinWeight', new THREE.BufferAttribute(new Uint8Array(weights), 4, true));
  const root = new THREE.Bone();
  const tip = new THREE.Bone();
  tip.position.y = 0.5;
  root.add(tip);
  const mesh = new THREE.SkinnedMesh(geometry, new THREE.MeshBasicMaterial());
  mesh.add(root);
  mesh.position.set(0.2, -0.1, 0.3);
  mesh.updateMatrixWorld(true);
  mesh.bind(new THREE.Skeleton([root, tip]));
  // Posed after binding: the tip bends and the root turns.
  tip.rotation.z = 0.8;
  root.rotation.x = -0.3;
  mesh.updateMatrixWorld(true);
  return mesh;
}

describe('posedBoundingBox', () => {
  it("gives three's own posed box of a skinned mesh", () => {
    const mesh = posedStrip();
    mesh.computeBoundingBox();
    const expected = mesh.boundingBox!.clone();
    (mesh as { boundingBox: THREE.Box3 | null }).boundingBox = null;
    posedBoundingBox(mesh);
    const box = mesh.boundingBox!;
    expect(box.min.distanceTo(expected.min)).toBeLessThan(1e-6);
    expect(box.max.distanceTo(expected.max)).toBeLessThan(1e-6);
    // Posed, not the bind pose: the bent tip leaves the strip's rest box.
    expect(box.max.x - box.min.x).toBeGreaterThan(0.2);
  });

  it('leaves a morphed mesh to three', () => {
    const mesh = posedStrip();
    const count = mesh.geometry.getAttribute('position').count;
    mesh.geometry.morphAttributes.position = [
      new THREE.Float32BufferAttribute(new Array(count * 3).fill(0.5), 3),
    ];
    mesh.morphTargetInfluences = [1];
    mesh.computeBoundingBox();
    const expected = mesh.boundingBox!.clone();
    (mesh as { boundingBox: THREE.Box3 | null }).boundingBox = null;
    posedBoundingBox(mesh);
    expect(mesh.boundingBox!.equals(expected)).toBe(true);
  });
});
