import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { applyAppearance } from './structure-appearance';
import {
  attributeFloats,
  createStructureBatches,
  gatherSeeThroughNeighbours,
  type SeeThroughNeighbours,
  StructureBatch,
} from './structure-batch';

const SHOWN = { selected: false, hovered: false };

/** A quantized tetrahedron-ish mesh (normalized Int16 positions, Int8 normals), as glTF loads. */
function quantizedGeometry(): THREE.BufferGeometry {
  const geometry = new THREE.BufferGeometry();
  const positions = new Int16Array([0, 0, 0, 32767, 0, 0, 0, 32767, 0, 0, 0, 32767]);
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3, true));
  geometry.setIndex([0, 1, 2, 0, 2, 3, 0, 3, 1]);
  geometry.computeVertexNormals();
  const normals = geometry.getAttribute('normal');
  const quantized = new Int8Array(normals.count * 3);
  for (let i = 0; i < quantized.length; i++)
    quantized[i] = Math.round((normals.array[i] ?? 0) * 127);
  geometry.setAttribute('normal', new THREE.BufferAttribute(quantized, 3, true));
  return geometry;
}

function material(name: string): THREE.MeshStandardMaterial {
  return new THREE.MeshStandardMaterial({ name, color: '#e7ddc5' });
}

/** A scene with a joint, a bone under it (mirrored or not) and a skinned muscle across it. */
function hipScene() {
  const scene = new THREE.Scene();
  const pelvis = new THREE.Object3D();
  const hip = new THREE.Object3D();
  hip.position.set(0.1, -0.1, 0);
  pelvis.add(hip);
  scene.add(pelvis);
  const femurRight = new THREE.Mesh(quantizedGeometry(), material('bone'));
  femurRight.scale.setScalar(0.2);
  femurRight.position.set(0, -0.2, 0);
  const femurLeft = new THREE.Mesh(quantizedGeometry(), material('bone'));
  femurLeft.scale.set(-0.2, 0.2, 0.2);
  hip.add(femurRight, femurLeft);
  scene.updateMatrixWorld(true);

  const muscleGeometry = quantizedGeometry();
  muscleGeometry.setAttribute(
    'skinIndex',
    new THREE.Uint16BufferAttribute([0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0], 4),
  );
  muscleGeometry.setAttribute(
    'skinWeight',
    new THREE.Float32BufferAttribute([1, 0, 0, 0, 0.5, 0.5, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0], 4),
  );
  const muscles = [0, 1].map(() => {
    const muscle = new THREE.SkinnedMesh(muscleGeometry.clone(), material('muscle'));
    scene.add(muscle);
    muscle.bind(new THREE.Skeleton([pelvis as THREE.Bone, hip as THREE.Bone]));
    return muscle;
  });
  scene.updateMatrixWorld(true);
  return { scene, hip, femurRight, femurLeft, muscles };
}

/** World positions of a mesh's vertices as three would draw them (skinned where skinned). */
function drawnPositions(mesh: THREE.Mesh, vertices: Iterable<number>): THREE.Vector3[] {
  mesh.updateMatrixWorld(true);
  return [...vertices].map((i) =>
    mesh.getVertexPosition(i, new THREE.Vector3()).applyMatrix4(mesh.matrixWorld),
  );
}

const range = (start: number, count: number) => Array.from({ length: count }, (_, i) => start + i);

function expectClose(actual: THREE.Vector3[], expected: THREE.Vector3[], label: string) {
  expect(actual.length, `${label}: vertex count`).toBe(expected.length);
  actual.forEach((p, i) => {
    expect(p.distanceTo(expected[i]!), `${label}: vertex ${i} (m)`).toBeLessThan(1e-6);
  });
}

describe('StructureBatch', () => {
  it('draws rigid bones and skinned muscles where their own meshes are, before and after a pose', () => {
    const { scene, hip, femurRight, femurLeft, muscles } = hipScene();
    const bones = new StructureBatch([femurRight, femurLeft]);
    const muscle = new StructureBatch(muscles);
    scene.add(bones.mesh, muscle.mesh);
    for (const pose of [0, 0.6]) {
      hip.rotation.set(pose, 0, pose / 2);
      scene.updateMatrixWorld(true);
      expectClose(
        drawnPositions(bones.mesh, range(0, 4)),
        drawnPositions(femurRight, range(0, 4)),
        `right femur, pose ${pose}`,
      );
      expectClose(
        drawnPositions(bones.mesh, range(4, 4)),
        drawnPositions(femurLeft, range(0, 4)),
        `left femur, pose ${pose}`,
      );
      expectClose(
        drawnPositions(muscle.mesh, range(4, 4)),
        drawnPositions(muscles[1]!, range(0, 4)),
        `muscle, pose ${pose}`,
      );
    }
  });

  it('flips the winding of a mirrored bone so its outside stays its front', () => {
    const { scene, femurLeft, femurRight } = hipScene();
    const batch = new StructureBatch([femurRight, femurLeft]);
    scene.add(batch.mesh);
    // Only the mirrored (left) bone in the batch: its triangles come first in the draw index.
    applyAppearance(femurRight, 'hidden', SHOWN);
    applyAppearance(femurLeft, 'shown', SHOWN);
    batch.update();
    const index = batch.mesh.geometry.getIndex()!;
    const baked = drawnPositions(batch.mesh, range(0, 8));
    const own = drawnPositions(femurLeft, range(0, 4));
    const source = femurLeft.geometry.getIndex()!;
    const faceNormal = (a: THREE.Vector3, b: THREE.Vector3, c: THREE.Vector3) =>
      new THREE.Triangle(a, b, c).getNormal(new THREE.Vector3());
    // Three draws a mirrored mesh with its front faces reversed.
    const drawnFront = faceNormal(own[source.getX(0)]!, own[source.getX(2)]!, own[source.getX(1)]!);
    const bakedFront = faceNormal(
      baked[index.getX(0)]!,
      baked[index.getX(1)]!,
      baked[index.getX(2)]!,
    );
    expect(
      bakedFront.dot(drawnFront),
      'baked front face agrees with the drawn one',
    ).toBeGreaterThan(0.999);
  });

  it('draws only the structures that look as modelled; the others draw themselves', () => {
    const { scene, femurRight, femurLeft, muscles } = hipScene();
    const meshes = [femurRight, femurLeft];
    for (const mesh of meshes) applyAppearance(mesh, 'shown', SHOWN);
    const batch = new StructureBatch(meshes);
    scene.add(batch.mesh);
    const drawn = () => batch.mesh.geometry.drawRange.count;
    const ownDrawing = () => meshes.map((m) => (m.material as THREE.Material).visible);

    expect(batch.update(), 'first update changes the members').toBe(true);
    expect(drawn(), 'both bones in the batch').toBe(18);
    expect(ownDrawing(), 'neither draws itself').toEqual([false, false]);
    expect(batch.mesh.visible).toBe(true);
    expect(femurRight.visible, 'a batched bone stays visible for picking').toBe(true);
    expect(batch.update(), 'nothing changed').toBe(false);

    applyAppearance(femurLeft, 'ghosted', SHOWN);
    batch.update();
    expect(drawn(), 'a see-through bone leaves the batch').toBe(9);
    expect(ownDrawing(), 'and draws itself').toEqual([false, true]);

    applyAppearance(femurLeft, 'shown', SHOWN);
    applyAppearance(femurRight, 'shown', { selected: true, hovered: false });
    batch.update();
    expect(ownDrawing(), 'a selected bone draws itself, with its highlight').toEqual([true, false]);

    applyAppearance(femurRight, 'shown', { selected: false, hovered: false, dysfunction: 0.5 });
    batch.update();
    expect(ownDrawing(), 'a tinted structure draws itself').toEqual([true, false]);

    applyAppearance(femurRight, 'hidden', SHOWN);
    applyAppearance(femurLeft, 'hidden', SHOWN);
    batch.update();
    expect(drawn(), 'all hidden: nothing to draw').toBe(0);
    expect(batch.mesh.visible, 'an empty batch costs no draw call').toBe(false);

    const muscleBatch = new StructureBatch(muscles);
    scene.add(muscleBatch.mesh);
    for (const m of muscles) {
      applyAppearance(m, 'shown', SHOWN);
      m.morphTargetInfluences = [0];
    }
    muscleBatch.update();
    expect(muscleBatch.mesh.geometry.drawRange.count, 'reference body: both batched').toBe(18);
    muscles[0]!.morphTargetInfluences = [0.4];
    muscleBatch.update();
    expect(
      muscleBatch.mesh.geometry.drawRange.count,
      'a fitted (morphed) muscle draws itself',
    ).toBe(9);

    muscles[1]!.removeFromParent();
    muscleBatch.update();
    expect(muscleBatch.mesh.geometry.drawRange.count, 'a mesh out of the scene is not drawn').toBe(
      0,
    );
  });

  it('spares a batched muscle the posed bounds three would compute to cull it', () => {
    const { scene, muscles } = hipScene();
    for (const m of muscles) applyAppearance(m, 'shown', SHOWN);
    const batch = new StructureBatch(muscles);
    scene.add(batch.mesh);
    batch.update();
    expect(
      muscles.map((m) => m.frustumCulled),
      'members are never culled',
    ).toEqual([false, false]);
    // A frame: three culls what is visible, and a batched muscle stays visible for picking.
    const renderer = { camera: new THREE.PerspectiveCamera() };
    renderer.camera.position.set(0, 0, 3);
    renderer.camera.updateMatrixWorld();
    const frustum = new THREE.Frustum().setFromProjectionMatrix(
      new THREE.Matrix4().multiplyMatrices(
        renderer.camera.projectionMatrix,
        renderer.camera.matrixWorldInverse,
      ),
    );
    for (const m of muscles) if (m.frustumCulled) m.intersectsFrustum(frustum);
    expect(
      muscles.map((m) => m.boundingSphere),
      'no skinned bounds computed',
    ).toEqual([null, null]);

    applyAppearance(muscles[0]!, 'ghosted', SHOWN);
    batch.update();
    expect(muscles[0]!.frustumCulled, 'drawing itself again, it is culled as before').toBe(true);
    batch.release();
    expect(muscles[1]!.frustumCulled, 'released: its own setting back').toBe(true);
  });

  it('never answers a pick: the structures own meshes do', () => {
    const { femurRight, femurLeft } = hipScene();
    const batch = new StructureBatch([femurRight, femurLeft]);
    const hits: THREE.Intersection[] = [];
    batch.mesh.raycast(new THREE.Raycaster(), hits);
    expect(hits).toEqual([]);
  });
});

describe('a see-through batch', () => {
  /** Two see-through organs, one in front of the skin and one behind it, seen from the front. */
  function seeThroughScene() {
    const scene = new THREE.Scene();
    const seeThrough = (name: string, z: number) => {
      const mesh = new THREE.Mesh(
        quantizedGeometry(),
        new THREE.MeshStandardMaterial({ name, transparent: true, opacity: 0.3 }),
      );
      mesh.scale.setScalar(0.2);
      mesh.position.z = z;
      scene.add(mesh);
      applyAppearance(mesh, 'shown', SHOWN);
      return mesh;
    };
    const front = seeThrough('organ', 1);
    const back = seeThrough('organ', -0.5);
    const skin = seeThrough('skin', 0);
    scene.updateMatrixWorld(true);
    const camera = new THREE.PerspectiveCamera(30, 1, 0.1, 20);
    camera.position.set(0, 0, 5);
    camera.lookAt(0, 0, 0);
    const batch = new StructureBatch([front, back]);
    scene.add(batch.mesh);
    const neighbours: SeeThroughNeighbours = {
      meshes: [],
      depths: [],
      count: 0,
      projectionView: new THREE.Matrix4(),
    };
    const update = () => {
      gatherSeeThroughNeighbours([front, back, skin], [batch], camera, neighbours);
      batch.update(neighbours);
    };
    return { front, back, skin, batch, update, neighbours };
  }

  it('draws the gap between see-through neighbours that holds most sources; the rest draw themselves', () => {
    const { front, back, skin, update, neighbours } = seeThroughScene();
    update();
    expect(neighbours.meshes.slice(0, neighbours.count), 'the skin is a neighbour').toContain(skin);
    // The batch sorts in front of the skin: the organ behind the skin must draw itself.
    expect((front.material as THREE.Material).visible, 'front organ in the batch').toBe(false);
    expect((back.material as THREE.Material).visible, 'back organ draws itself').toBe(true);

    applyAppearance(skin, 'hidden', SHOWN);
    update();
    update();
    expect((back.material as THREE.Material).visible, 'no skin: both in the batch').toBe(false);
  });
});

describe('createStructureBatches', () => {
  it('makes one batch per material shared by two or more structures', () => {
    const { femurRight, femurLeft, muscles } = hipScene();
    const lone = new THREE.Mesh(quantizedGeometry(), material('skin'));
    const unnamed = [0, 1].map(() => new THREE.Mesh(quantizedGeometry(), material('')));
    const { group, batches } = createStructureBatches([
      femurRight,
      femurLeft,
      ...muscles,
      lone,
      ...unnamed,
    ]);
    expect(batches.map((b) => b.mesh.name).sort()).toEqual(['batch: bone', 'batch: muscle']);
    expect(group.children).toHaveLength(2);
  });
});

describe('attributeFloats', () => {
  it('dequantizes normalized integers as three does', () => {
    const signed = new THREE.BufferAttribute(new Int16Array([32767, -32768, 0]), 3, true);
    expect([...attributeFloats(signed)]).toEqual([1, -1, 0]);
    const unsigned = new THREE.BufferAttribute(new Uint8Array([255, 0, 51]), 3, true);
    expect([...attributeFloats(unsigned)].map((v) => Math.round(v * 100) / 100)).toEqual([
      1, 0, 0.2,
    ]);
    const plain = new THREE.BufferAttribute(new Uint16Array([3, 7]), 2);
    expect([...attributeFloats(plain)]).toEqual([3, 7]);
  });

  it('reads interleaved attributes (stride and offset) as three does', () => {
    // Two vertices of [x, y, z, nx, ny, nz, pad] in one quantized buffer, as meshopt packs them.
    const data = new THREE.InterleavedBuffer(
      new Int16Array([100, -200, 300, 32767, 0, -32768, 9, -4, 5, 6, 0, 16384, -16384, 9]),
      7,
    );
    const position = new THREE.InterleavedBufferAttribute(data, 3, 0, false);
    const normal = new THREE.InterleavedBufferAttribute(data, 3, 3, true);
    for (const attribute of [position, normal]) {
      const expected: number[] = [];
      for (let i = 0; i < attribute.count; i++)
        for (let c = 0; c < 3; c++) expected.push(attribute.getComponent(i, c));
      expect([...attributeFloats(attribute)].map((v) => Math.round(v * 1e6) / 1e6)).toEqual(
        expected.map((v) => Math.round(v * 1e6) / 1e6),
      );
    }
    expect([...attributeFloats(position)]).toEqual([100, -200, 300, -4, 5, 6]);
  });
});

describe('fewer shader programs for the batches', () => {
  /** What three's program cache key reads from a batch: its material's features, its attributes. */
  function programFeatures(batch: StructureBatch) {
    const material = batch.mesh.material as THREE.MeshStandardMaterial;
    const geometry = batch.mesh.geometry;
    return {
      type: material.type,
      vertexColors: material.vertexColors,
      map: material.map !== null,
      normalMap: material.normalMap !== null,
      color: geometry.getAttribute('color')?.itemSize,
    };
  }

  it('gives the bones and the nerves the same features, whether or not they have colours', () => {
    const { femurRight, femurLeft } = hipScene();
    const nerves = [0, 1].map(() => new THREE.Mesh(quantizedGeometry(), material('nerve')));
    for (const bone of [femurRight, femurLeft]) {
      const count = bone.geometry.getAttribute('position').count;
      bone.geometry.setAttribute(
        'color',
        new THREE.Float32BufferAttribute(new Array(count * 3).fill(0.9), 3),
      );
      (bone.material as THREE.Material).vertexColors = true;
    }
    const { batches } = createStructureBatches([femurRight, femurLeft, ...nerves]);
    expect(batches).toHaveLength(2);
    const [bones, nerveBatch] = batches.map(programFeatures);
    expect(nerveBatch).toEqual(bones);
    expect(bones).toMatchObject({ vertexColors: true, map: false, normalMap: false, color: 3 });
  });

  it('changes nothing drawn: white vertex colours where a source has none', () => {
    const { femurRight, femurLeft } = hipScene();
    const [batch] = createStructureBatches([femurRight, femurLeft]).batches;
    const colours = batch!.mesh.geometry.getAttribute('color').array as Float32Array;
    expect(colours.length).toBeGreaterThan(0);
    expect(colours.every((value) => value === 1)).toBe(true);
  });

  it("keeps a source's own vertex colours, and ignores colours its material does not draw", () => {
    const { femurRight, femurLeft } = hipScene();
    for (const [mesh, red] of [
      [femurRight, 0.25],
      [femurLeft, 0.5],
    ] as const) {
      const count = mesh.geometry.getAttribute('position').count;
      mesh.geometry.setAttribute(
        'color',
        new THREE.Float32BufferAttribute(new Array(count).fill([red, 1, 1]).flat(), 3),
      );
    }
    (femurRight.material as THREE.Material).vertexColors = true;
    const [batch] = createStructureBatches([femurRight, femurLeft]).batches;
    const reds = batch!.mesh.geometry.getAttribute('color');
    const count = femurRight.geometry.getAttribute('position').count;
    expect(reds.getX(0)).toBe(0.25);
    expect(reds.getX(count)).toBe(1);
  });
});
