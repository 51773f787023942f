import { Document, type Material, type Node } from '@gltf-transform/core';
import type { LayerId, Side } from '../../src/domain/anatomy';
import { osDirToGltf, osMmToGltf } from '../figures/frame';
import { mirrorZ, type Vec3 } from '../math/vec3';
import type { TriMesh } from '../mesh/mesh-types';
import { type JointId, skeletonJoints } from '../skeleton/skeleton';
import { createMaterials } from './materials';
import type { MaterialId, ModelSpec, SkinnedSpec } from './model-spec';

type Extras = { kind: string; id: string; side: Side; layer: LayerId; atRisk?: true };

const jointKey = (id: JointId, side: Side) => `${id}:${side}`;

/**
 * Builds the glTF document: a joint hierarchy (pelvis root → lumbar chain, and per side
 * hip → knee), bone meshes under their joints (left bilateral bones as mirrored nodes sharing
 * the right mesh), landmark empties under the joints they move with, and skinned meshes for
 * muscles, nerves and skin at the scene root (glTF ignores a skinned node's own transform).
 */
/** Metres rounded to the micrometre, so the JSON holds `0.03675`, not `0.03674999999999999`. */
const toMicrometre = (m: number) => Math.round(m * 1e6) / 1e6 + 0;

export function buildDocument(spec: ModelSpec): Document {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const scene = doc.createScene('hip');
  doc.getRoot().setDefaultScene(scene);
  const used = new Set<MaterialId>(spec.skinned.map((s) => s.material));
  if (spec.bones.length > 0) used.add('bone');
  const materials = createMaterials(doc, spec.fibreTextures, used);

  // Joints: world centres in glTF metres, local translations relative to the parent.
  const jointNodes = new Map<string, Node>();
  const jointWorld = new Map<string, Vec3>();
  for (const j of skeletonJoints()) {
    const sides: Side[] = j.bilateral ? ['right', 'left'] : ['midline'];
    for (const side of sides) {
      const centreOs = side === 'left' ? mirrorZ(j.centre) : j.centre;
      const exact = osMmToGltf(centreOs);
      const world: Vec3 = [toMicrometre(exact[0]), toMicrometre(exact[1]), toMicrometre(exact[2])];
      const parentSide: Side = j.parent && isBilateralJoint(j.parent) ? side : 'midline';
      const parentWorld = j.parent ? jointWorld.get(jointKey(j.parent, parentSide))! : [0, 0, 0];
      const node = doc
        .createNode(side === 'midline' ? j.id : `${j.id}_${side}`)
        .setTranslation([
          toMicrometre(world[0] - parentWorld[0]!),
          toMicrometre(world[1] - parentWorld[1]!),
          toMicrometre(world[2] - parentWorld[2]!),
        ])
        .setExtras({ kind: 'joint', id: j.id, side, layer: 'bones' } satisfies Extras);
      if (j.parent) jointNodes.get(jointKey(j.parent, parentSide))!.addChild(node);
      else scene.addChild(node);
      jointNodes.set(jointKey(j.id, side), node);
      jointWorld.set(jointKey(j.id, side), world);
    }
  }

  // Bones.
  for (const bone of spec.bones) {
    const jointSided = isBilateralJoint(bone.joint);
    const rightKey = jointKey(bone.joint, jointSided ? 'right' : 'midline');
    const origin = jointWorld.get(rightKey)!;
    const mesh = doc
      .createMesh(bone.id)
      .addPrimitive(primitiveFrom(doc, buffer, bone.mesh, origin, materials.bone));
    const sides: Side[] = bone.bilateral ? ['right', 'left'] : ['midline'];
    for (const side of sides) {
      const node = doc
        .createNode(side === 'midline' ? bone.id : `${bone.id}_${side}`)
        .setMesh(mesh)
        .setExtras({ kind: 'bone', id: bone.id, side, layer: 'bones' } satisfies Extras);
      // The left bone mirrors the right mesh across the sagittal plane (glTF x). Its joint is the
      // mirror image of the right joint (or the midline pelvis joint at x = 0).
      if (side === 'left') node.setScale([-1, 1, 1]);
      jointNodes.get(jointKey(bone.joint, jointSided ? side : 'midline'))!.addChild(node);
    }
  }

  // Landmarks.
  for (const lm of spec.landmarks) {
    const side: Side = isBilateralJoint(lm.joint)
      ? lm.side === 'left'
        ? 'left'
        : 'right'
      : 'midline';
    const key = jointKey(lm.joint, side);
    const parent = jointNodes.get(key);
    if (!parent) throw new Error(`build-document: landmark ${lm.id} has no joint ${key}`);
    const origin = jointWorld.get(key)!;
    const p = osMmToGltf(lm.position);
    const node = doc
      .createNode(lm.side === 'midline' ? lm.id : `${lm.id}_${lm.side}`)
      .setTranslation([
        toMicrometre(p[0] - origin[0]),
        toMicrometre(p[1] - origin[1]),
        toMicrometre(p[2] - origin[2]),
      ])
      .setExtras({ kind: 'landmark', id: lm.id, side: lm.side, layer: lm.layer } satisfies Extras);
    parent.addChild(node);
  }

  // Skinned meshes.
  for (const s of spec.skinned) {
    scene.addChild(skinnedNode(doc, buffer, s, jointNodes, jointWorld, materials[s.material]));
  }
  return doc;
}

function isBilateralJoint(id: JointId): boolean {
  return skeletonJoints().find((j) => j.id === id)!.bilateral;
}

function primitiveFrom(
  doc: Document,
  buffer: ReturnType<Document['createBuffer']>,
  mesh: TriMesh,
  originGltf: Vec3,
  material: Material,
) {
  const n = mesh.positions.length / 3;
  const pos = new Float32Array(n * 3);
  const nor = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    const p = osMmToGltf([
      mesh.positions[3 * i]!,
      mesh.positions[3 * i + 1]!,
      mesh.positions[3 * i + 2]!,
    ]);
    pos[3 * i] = p[0] - originGltf[0];
    pos[3 * i + 1] = p[1] - originGltf[1];
    pos[3 * i + 2] = p[2] - originGltf[2];
    const d = osDirToGltf([
      mesh.normals[3 * i]!,
      mesh.normals[3 * i + 1]!,
      mesh.normals[3 * i + 2]!,
    ]);
    nor[3 * i] = d[0];
    nor[3 * i + 1] = d[1];
    nor[3 * i + 2] = d[2];
  }
  const prim = doc
    .createPrimitive()
    .setMaterial(material)
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(mesh.indices).setBuffer(buffer))
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(pos).setBuffer(buffer))
    .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(nor).setBuffer(buffer));
  if (mesh.colors) {
    prim.setAttribute(
      'COLOR_0',
      doc.createAccessor().setType('VEC3').setArray(mesh.colors).setBuffer(buffer),
    );
  }
  if (mesh.uvs) {
    prim.setAttribute(
      'TEXCOORD_0',
      doc.createAccessor().setType('VEC2').setArray(mesh.uvs).setBuffer(buffer),
    );
  }
  return prim;
}

function skinnedNode(
  doc: Document,
  buffer: ReturnType<Document['createBuffer']>,
  s: SkinnedSpec,
  jointNodes: Map<string, Node>,
  jointWorld: Map<string, Vec3>,
  material: Material,
): Node {
  const prim = primitiveFrom(doc, buffer, s.mesh, [0, 0, 0], material);
  prim.setAttribute(
    'JOINTS_0',
    doc.createAccessor().setType('VEC4').setArray(s.jointIndices).setBuffer(buffer),
  );
  prim.setAttribute(
    'WEIGHTS_0',
    doc.createAccessor().setType('VEC4').setArray(s.weights).setBuffer(buffer),
  );
  const skin = doc.createSkin(`${s.id}_${s.side}`);
  const ibm = new Float32Array(16 * s.joints.length);
  s.joints.forEach((j, i) => {
    const key = jointKey(j.id, j.side);
    const node = jointNodes.get(key);
    if (!node) throw new Error(`build-document: ${s.id} (${s.side}) needs joint ${key}`);
    skin.addJoint(node);
    const w = jointWorld.get(key)!;
    // Joints have no rest rotation, so the inverse bind matrix is a pure translation.
    ibm.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -w[0], -w[1], -w[2], 1], 16 * i);
  });
  skin.setInverseBindMatrices(doc.createAccessor().setType('MAT4').setArray(ibm).setBuffer(buffer));
  skin.setSkeleton(jointNodes.get(jointKey('pelvis', 'midline'))!);
  const name = s.side === 'midline' ? s.id : `${s.id}_${s.side}`;
  return doc
    .createNode(name)
    .setMesh(doc.createMesh(name).addPrimitive(prim))
    .setSkin(skin)
    .setExtras({
      kind: s.kind,
      id: s.id,
      side: s.side,
      layer: s.layer,
      ...(s.atRisk ? { atRisk: true } : {}),
    } satisfies Extras);
}
