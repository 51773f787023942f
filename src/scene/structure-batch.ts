import * as THREE from 'three';
import type { LookMaterial } from './structure-appearance';

/**
 * Fewer draw calls without changing the picture: structures that share a material (the bones,
 * the nerves, the deep muscles, the neighbouring muscles...) are drawn together by one skinned
 * mesh while they look exactly as the model made them. A structure that looks different
 * (hidden, see-through, selected, hovered, tinted, morphed by a fitted body) leaves the batch
 * and draws itself again, with its own material, as before.
 *
 * The structures' own meshes stay where they were: picking, labels, surfaces and needle checks
 * keep using them. A mesh drawn by its batch keeps `visible` (so picking and every visibility
 * check see it) and only its material's `visible` is off, which keeps it out of the render list.
 */

interface BatchSource {
  mesh: THREE.Mesh;
  /** Where the source's triangles start in the batch's full index, and how many indices. */
  firstIndex: number;
  indexCount: number;
  /** Whether the batch draws it now. */
  member: boolean;
  /** The mesh's own `frustumCulled`, restored when it draws itself again. */
  culled: boolean;
}

/** Attributes a batch carries (beyond skinning), in three's names. */
const OPTIONAL_ATTRIBUTES = ['uv', 'color'] as const;

/** The name under which batches hang in the scene graph, for tests and the draw-call trace. */
export const BATCH_GROUP_NAME = 'structure-batches';

/**
 * Meshes that can share a batch: the same material (by name and type), the same attributes,
 * one material and one group. Unnamed materials are left alone: nothing says they are alike.
 */
function batchKey(mesh: THREE.Mesh): string | null {
  const material = mesh.material;
  if (Array.isArray(material) || !material.name) return null;
  const geometry = mesh.geometry;
  if (!geometry.getAttribute('position') || !geometry.getAttribute('normal')) return null;
  if (geometry.groups.length > 1) return null;
  const skinned = mesh as THREE.SkinnedMesh;
  if (skinned.isSkinnedMesh && skinned.bindMode !== THREE.AttachedBindMode) return null;
  if ((mesh as THREE.InstancedMesh).isInstancedMesh) return null;
  const optional = OPTIONAL_ATTRIBUTES.map((name) => {
    const attribute = geometry.getAttribute(name);
    return attribute ? `${name}${attribute.itemSize}` : '';
  });
  return [material.type, material.name, ...optional].join('|');
}

/** True when the mesh and every ancestor are visible and it hangs in a scene. */
function isDrawn(object: THREE.Object3D): boolean {
  let node: THREE.Object3D | null = object;
  let top: THREE.Object3D = object;
  for (; node; node = node.parent) {
    if (!node.visible) return false;
    top = node;
  }
  return (top as THREE.Scene).isScene === true;
}

const scratchCenter = new THREE.Vector3();

/**
 * Where three sorts a see-through object: the depth (normalized device z) of its bounding
 * sphere's centre, as WebGLRenderer computes it for its transparent list.
 */
function sortDepth(object: THREE.Mesh, projectionView: THREE.Matrix4): number {
  return sortCenterWorld(object, scratchCenter).applyMatrix4(projectionView).z;
}

const scratchInverse = new THREE.Matrix4();

/** The world position three sorts an object by: its bounding sphere's centre. */
function sortCenterWorld(object: THREE.Mesh, out: THREE.Vector3): THREE.Vector3 {
  const skinned = object as THREE.SkinnedMesh;
  if (skinned.boundingSphere !== undefined) {
    if (skinned.boundingSphere === null) skinned.computeBoundingSphere();
    out.copy(skinned.boundingSphere!.center);
  } else {
    if (object.geometry.boundingSphere === null) object.geometry.computeBoundingSphere();
    out.copy(object.geometry.boundingSphere!.center);
  }
  return out.applyMatrix4(object.matrixWorld);
}

/**
 * See-through tissue drawn this frame outside a batch (the skin, a see-through muscle, another
 * batch) with its sort depth: a see-through batch keeps each source's order against these.
 */
export interface SeeThroughNeighbours {
  meshes: THREE.Mesh[];
  depths: number[];
  count: number;
  projectionView: THREE.Matrix4;
}

/** Adds the mesh at slot n when it is drawn, by itself, see-through; returns the next slot. */
function addNeighbour(out: SeeThroughNeighbours, n: number, mesh: THREE.Mesh): number {
  const material = mesh.material as THREE.Material;
  if (!material.visible || !material.transparent || !isDrawn(mesh)) return n;
  out.meshes[n] = mesh;
  out.depths[n] = sortDepth(mesh, out.projectionView);
  return n + 1;
}

/**
 * Collects, before a frame, the see-through tissue drawn outside batches and the see-through
 * batches themselves, with their sort depths for this camera. Reuses `out` (no allocation once
 * its arrays have grown).
 */
export function gatherSeeThroughNeighbours(
  structureMeshes: readonly THREE.Mesh[],
  batches: readonly StructureBatch[],
  camera: THREE.Camera,
  out: SeeThroughNeighbours,
): SeeThroughNeighbours {
  camera.updateMatrixWorld();
  out.projectionView.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
  let n = 0;
  for (let i = 0; i < structureMeshes.length; i++) n = addNeighbour(out, n, structureMeshes[i]!);
  for (let i = 0; i < batches.length; i++) n = addNeighbour(out, n, batches[i]!.mesh);
  out.count = n;
  return out;
}

/**
 * Whether a source looks as the model made it: the batch (a copy of that material) would draw
 * it identically. Anything changed by the view (see-through, selection, hover, a tint, a morph
 * of a fitted body) makes it draw itself.
 */
function looksAsModelled(mesh: THREE.Mesh): boolean {
  const material = mesh.material as LookMaterial;
  const base = material.userData?.baseLook;
  if (!base) return false;
  if (
    material.opacity !== base.opacity ||
    material.transparent !== base.transparent ||
    material.depthWrite !== base.depthWrite ||
    !material.color.equals(base.color) ||
    !material.emissive.equals(base.emissive)
  ) {
    return false;
  }
  const influences = mesh.morphTargetInfluences;
  if (influences) for (let i = 0; i < influences.length; i++) if (influences[i] !== 0) return false;
  return true;
}

const normalMatrix = new THREE.Matrix3();

/** Scale of a normalized integer component (glTF quantization) back to -1..1 or 0..1. */
function normalizeScale(array: ArrayLike<number>): { scale: number; signed: boolean } {
  if (array instanceof Int8Array) return { scale: 1 / 127, signed: true };
  if (array instanceof Uint8Array) return { scale: 1 / 255, signed: false };
  if (array instanceof Int16Array) return { scale: 1 / 32767, signed: true };
  if (array instanceof Uint16Array) return { scale: 1 / 65535, signed: false };
  return { scale: 1, signed: false };
}

/**
 * An attribute's values as plain floats, dequantized (`count * itemSize`). Reads the typed array
 * directly, interleaved or not: per-component getters (`getComponent`) were seconds of start-up
 * on a slow device, and still a third of the batches' build under software rendering.
 */
export function attributeFloats(
  attribute: THREE.BufferAttribute | THREE.InterleavedBufferAttribute,
): Float32Array {
  const size = attribute.itemSize;
  const count = attribute.count;
  const out = new Float32Array(count * size);
  const interleaved = (attribute as THREE.InterleavedBufferAttribute).isInterleavedBufferAttribute
    ? (attribute as THREE.InterleavedBufferAttribute)
    : null;
  const array = (interleaved ? interleaved.data.array : attribute.array) as ArrayLike<number>;
  const stride = interleaved ? interleaved.data.stride : size;
  const offset = interleaved ? interleaved.offset : 0;
  const { scale, signed } = attribute.normalized
    ? normalizeScale(array)
    : { scale: 1, signed: false };
  for (let i = 0; i < count; i++) {
    const from = i * stride + offset;
    const to = i * size;
    for (let c = 0; c < size; c++) {
      const v = array[from + c]! * scale;
      out[to + c] = signed && v < -1 ? -1 : v;
    }
  }
  return out;
}

interface Collected {
  positions: Float32Array;
  normals: Float32Array;
  optional: Partial<Record<(typeof OPTIONAL_ATTRIBUTES)[number], Float32Array>>;
  skinIndex: Uint16Array;
  skinWeight: Float32Array;
  indices: Uint32Array;
  /** Vertices and indices written so far. */
  vertices: number;
  indexCount: number;
  bones: THREE.Object3D[];
  boneInverses: THREE.Matrix4[];
}

/**
 * Appends one source in the batch's bind space. The batch's bind matrix is the identity and it
 * is attached, so a vertex ends up at Σ w · boneWorld · boneInverse · v′ in world space:
 * - a skinned source keeps its bones and inverses, with v′ = its bind matrix · v;
 * - a rigid source (a bone hanging under a joint) becomes its own bone: boneInverse is its
 *   world matrix now and v′ its world position now, so it follows any later move of its joint.
 */
function collect(out: Collected, mesh: THREE.Mesh): { firstIndex: number; indexCount: number } {
  const geometry = mesh.geometry;
  const position = attributeFloats(geometry.getAttribute('position'));
  const normal = attributeFloats(geometry.getAttribute('normal'));
  const vertexCount = position.length / 3;
  const firstVertex = out.vertices;
  const firstBone = out.bones.length;
  const skinned = mesh as THREE.SkinnedMesh;
  let toBind: THREE.Matrix4;
  let flip = false;
  if (skinned.isSkinnedMesh) {
    toBind = skinned.bindMatrix;
    out.bones.push(...skinned.skeleton.bones);
    out.boneInverses.push(...skinned.skeleton.boneInverses.map((m) => m.clone()));
    // The shader turns skinned normals by the bind matrix itself (not its inverse transpose).
    normalMatrix.setFromMatrix4(toBind);
  } else {
    mesh.updateWorldMatrix(true, false);
    toBind = mesh.matrixWorld;
    out.bones.push(mesh);
    out.boneInverses.push(mesh.matrixWorld.clone().invert());
    normalMatrix.getNormalMatrix(toBind);
    // A mirrored mesh (the left bones) is drawn with its winding flipped; baked, it needs it here.
    flip = toBind.determinant() < 0;
  }
  // Matrix entries in locals and no Math.hypot (slow with three arguments): this loop runs
  // over every vertex of the model before its first frame.
  const [m0, m1, m2, , m4, m5, m6, , m8, m9, m10, , m12, m13, m14] = toBind.elements as number[];
  const [n0, n1, n2, n3, n4, n5, n6, n7, n8] = normalMatrix.elements as number[];
  const positions = out.positions;
  const normals = out.normals;
  for (let i = 0; i < vertexCount; i++) {
    const x = position[i * 3]!;
    const y = position[i * 3 + 1]!;
    const z = position[i * 3 + 2]!;
    const o = (firstVertex + i) * 3;
    // Affine matrices only (bind and world matrices are).
    positions[o] = m0! * x + m4! * y + m8! * z + m12!;
    positions[o + 1] = m1! * x + m5! * y + m9! * z + m13!;
    positions[o + 2] = m2! * x + m6! * y + m10! * z + m14!;
    const nx = normal[i * 3]!;
    const ny = normal[i * 3 + 1]!;
    const nz = normal[i * 3 + 2]!;
    const tx = n0! * nx + n3! * ny + n6! * nz;
    const ty = n1! * nx + n4! * ny + n7! * nz;
    const tz = n2! * nx + n5! * ny + n8! * nz;
    const length = Math.sqrt(tx * tx + ty * ty + tz * tz) || 1;
    normals[o] = tx / length;
    normals[o + 1] = ty / length;
    normals[o + 2] = tz / length;
  }
  // Colours only where the source's material draws them; white (no change) elsewhere.
  const drawsColours = (mesh.material as THREE.Material).vertexColors;
  for (const name of OPTIONAL_ATTRIBUTES) {
    const target = out.optional[name];
    if (!target) continue;
    const size = target.length / (out.positions.length / 3);
    const attribute = geometry.getAttribute(name);
    if (attribute && (name !== 'color' || drawsColours)) {
      target.set(attributeFloats(attribute), firstVertex * size);
    } else if (name === 'color') {
      target.fill(1, firstVertex * size, (firstVertex + vertexCount) * size);
    }
  }
  const skinIndex = geometry.getAttribute('skinIndex');
  const skinWeight = geometry.getAttribute('skinWeight');
  if (skinned.isSkinnedMesh && skinIndex && skinWeight) {
    const joints = attributeFloats(skinIndex);
    for (let i = 0; i < joints.length; i++)
      out.skinIndex[firstVertex * 4 + i] = firstBone + joints[i]!;
    out.skinWeight.set(attributeFloats(skinWeight), firstVertex * 4);
  } else {
    for (let i = 0; i < vertexCount; i++) {
      out.skinIndex[(firstVertex + i) * 4] = firstBone;
      out.skinWeight[(firstVertex + i) * 4] = 1;
    }
  }
  out.vertices += vertexCount;
  const firstIndex = out.indexCount;
  const index = geometry.getIndex();
  const count = index ? index.count : vertexCount;
  const source = index ? (index.array as ArrayLike<number>) : null;
  const at = (i: number) => firstVertex + (source ? source[i]! : i);
  let w = firstIndex;
  for (let i = 0; i + 2 < count; i += 3) {
    out.indices[w++] = at(i);
    out.indices[w++] = flip ? at(i + 2) : at(i + 1);
    out.indices[w++] = flip ? at(i + 1) : at(i + 2);
  }
  out.indexCount = w;
  return { firstIndex, indexCount: w - firstIndex };
}

/** The box around packed xyz positions (a plain loop: three's per-vertex getters are slower). */
function boundsOf(positions: Float32Array): THREE.Box3 {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    for (let c = 0; c < 3; c++) {
      const v = positions[i + c]!;
      if (v < min[c]!) min[c] = v;
      if (v > max[c]!) max[c] = v;
    }
  }
  return new THREE.Box3(new THREE.Vector3().fromArray(min), new THREE.Vector3().fromArray(max));
}

/** Components per vertex of an optional attribute in a batch (the sources' own, or the usual). */
function optionalItemSize(first: THREE.Mesh, name: (typeof OPTIONAL_ATTRIBUTES)[number]): number {
  return first.geometry.getAttribute(name)?.itemSize ?? 3;
}

/**
 * Fewer shader programs for the batches: each draws with vertex colours, white where its
 * material has none (which changes nothing drawn), so the bones and the nerves share one program
 * and the textured muscles have the other. Under software rendering each program is a compile
 * and link of tens of milliseconds that the model's first frame waits for. (Giving every batch a
 * colour map and a flat normal map as well made one program of all, but each frame then paid
 * for the two texture reads and the normal-map maths over the whole skeleton: a click's
 * highlight came several times later.)
 */
function withSharedProgram(material: LookMaterial): void {
  if (material.isMeshStandardMaterial) material.vertexColors = true;
}

/** The material a batch draws with: a copy of the sources' material in its modelled look. */
function batchMaterial(source: THREE.Mesh): THREE.Material {
  const material = (source.material as LookMaterial).clone() as LookMaterial;
  const base = (source.material as LookMaterial).userData?.baseLook;
  if (base) {
    material.color.copy(base.color);
    material.emissive.copy(base.emissive);
    material.opacity = base.opacity;
    material.transparent = base.transparent;
    material.depthWrite = base.depthWrite;
  }
  material.visible = true;
  withSharedProgram(material);
  material.userData = {};
  material.name = `${material.name} (batch)`;
  return material;
}

/** One batch: a skinned mesh drawing, in one call, every source that looks as modelled. */
export class StructureBatch {
  readonly mesh: THREE.SkinnedMesh;
  private readonly sources: BatchSource[];
  private readonly fullIndex: Uint32Array | Uint16Array;
  private readonly drawIndex: THREE.BufferAttribute;
  private readonly sourceMeshes: Set<THREE.Object3D>;
  /** Per source, this frame: which gap between see-through neighbours its sort depth falls in. */
  private readonly slots: Int32Array;

  constructor(meshes: readonly THREE.Mesh[]) {
    const first = meshes[0];
    if (!first) throw new Error('structure-batch: a batch needs at least one mesh');
    let vertexTotal = 0;
    let indexTotal = 0;
    for (const mesh of meshes) {
      const count = mesh.geometry.getAttribute('position').count;
      vertexTotal += count;
      indexTotal += mesh.geometry.getIndex()?.count ?? count;
    }
    // Every batch carries colours (white where its sources have none): see withSharedProgram.
    const optional: Collected['optional'] = {};
    for (const name of OPTIONAL_ATTRIBUTES) {
      if (name === 'color' || first.geometry.getAttribute(name)) {
        optional[name] = new Float32Array(vertexTotal * optionalItemSize(first, name));
      }
    }
    const out: Collected = {
      positions: new Float32Array(vertexTotal * 3),
      normals: new Float32Array(vertexTotal * 3),
      optional,
      skinIndex: new Uint16Array(vertexTotal * 4),
      skinWeight: new Float32Array(vertexTotal * 4),
      indices: new Uint32Array(indexTotal),
      vertices: 0,
      indexCount: 0,
      bones: [],
      boneInverses: [],
    };
    this.sources = meshes.map((mesh) => ({
      mesh,
      ...collect(out, mesh),
      member: false,
      culled: mesh.frustumCulled,
    }));
    this.sourceMeshes = new Set(meshes);
    this.slots = new Int32Array(meshes.length);
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.BufferAttribute(out.positions, 3));
    geometry.setAttribute('normal', new THREE.BufferAttribute(out.normals, 3));
    for (const name of OPTIONAL_ATTRIBUTES) {
      const values = optional[name];
      if (values)
        geometry.setAttribute(
          name,
          new THREE.BufferAttribute(values, optionalItemSize(first, name)),
        );
    }
    geometry.setAttribute('skinIndex', new THREE.BufferAttribute(out.skinIndex, 4));
    geometry.setAttribute('skinWeight', new THREE.BufferAttribute(out.skinWeight, 4));
    const indices = out.indices.subarray(0, out.indexCount);
    const small = vertexTotal <= 65535;
    this.fullIndex = small ? new Uint16Array(indices) : indices;
    this.drawIndex = new THREE.BufferAttribute(
      small ? new Uint16Array(indices.length) : new Uint32Array(indices.length),
      1,
    );
    this.drawIndex.setUsage(THREE.DynamicDrawUsage);
    geometry.setIndex(this.drawIndex);
    geometry.setDrawRange(0, 0);

    const mesh = new THREE.SkinnedMesh(geometry, batchMaterial(first));
    // Three sorts see-through objects by this sphere's centre: the middle of all sources.
    mesh.boundingSphere = boundsOf(out.positions).getBoundingSphere(new THREE.Sphere());
    mesh.name = `batch: ${(first.material as THREE.Material).name}`;
    // Any node can serve as a bone: skinning reads only its world matrix.
    mesh.bind(new THREE.Skeleton(out.bones as THREE.Bone[], out.boneInverses), new THREE.Matrix4());
    // Its bounds change with the pose and the members; culling would need them every frame.
    mesh.frustumCulled = false;
    // Picking goes to the structures' own meshes, never to the batch.
    mesh.raycast = () => undefined;
    mesh.visible = false;
    this.mesh = mesh;
  }

  /** How many sources the batch draws now. */
  get memberCount(): number {
    let n = 0;
    for (const source of this.sources) if (source.member) n++;
    return n;
  }

  /**
   * Decide, before a frame, who the batch draws: each source that is drawn and looks as
   * modelled. The others draw themselves. Rewrites the draw index only when that set changes.
   * Allocation-free, so it can run every frame.
   *
   * A see-through batch is drawn at one place in three's back-to-front order, where each of its
   * sources used to have its own. Given the other see-through tissue drawn now (the skin...),
   * the batch takes the gap between them that holds most of its sources; a source in another
   * gap draws itself, so blending keeps three's order.
   */
  update(neighbours?: SeeThroughNeighbours): boolean {
    let changed = false;
    const sources = this.sources;
    // The batch sorts as its sources do: it takes the render order of the first one it can
    // draw, and a source with another order (see-through tissue after a toggle) draws itself.
    let renderOrder: number | null = null;
    for (let i = 0; i < sources.length && renderOrder === null; i++) {
      const mesh = sources[i]!.mesh;
      if (isDrawn(mesh) && looksAsModelled(mesh)) renderOrder = mesh.renderOrder;
    }
    if (renderOrder !== null) this.mesh.renderOrder = renderOrder;
    const sorted = (this.mesh.material as THREE.Material).transparent && neighbours !== undefined;
    const slot = sorted ? this.busiestSlot(neighbours) : 0;
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i]!;
      const member =
        renderOrder !== null &&
        source.mesh.renderOrder === renderOrder &&
        isDrawn(source.mesh) &&
        looksAsModelled(source.mesh) &&
        (!sorted || this.slots[i] === slot);
      // Only the material's own visibility: the mesh stays "visible" for picking and checks.
      const material = source.mesh.material as THREE.Material;
      material.visible = !member;
      // A member never draws itself: culling it would only cost its posed bounds (every vertex
      // skinned on the CPU, for every muscle, in the model's first frame).
      source.mesh.frustumCulled = member ? false : source.culled;
      if (member !== source.member) {
        source.member = member;
        changed = true;
      }
    }
    if (!changed) return false;
    const target = this.drawIndex.array as Uint32Array | Uint16Array;
    let count = 0;
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i]!;
      if (!source.member) continue;
      target.set(
        this.fullIndex.subarray(source.firstIndex, source.firstIndex + source.indexCount),
        count,
      );
      count += source.indexCount;
    }
    this.drawIndex.clearUpdateRanges();
    this.drawIndex.addUpdateRange(0, count);
    this.drawIndex.needsUpdate = true;
    this.mesh.geometry.setDrawRange(0, count);
    this.mesh.visible = count > 0;
    return true;
  }

  /**
   * Sorts each source between the see-through neighbours (its slot: how many of them lie in
   * front of it), picks the slot holding most sources and moves the batch's sort centre onto
   * one of them, so three places the batch exactly where those sources were. Sources in other
   * slots draw themselves. Returns the chosen slot (-1: none).
   */
  private busiestSlot(neighbours: SeeThroughNeighbours): number {
    const sources = this.sources;
    for (let i = 0; i < sources.length; i++) {
      const depth = sortDepth(sources[i]!.mesh, neighbours.projectionView);
      let slot = 0;
      for (let k = 0; k < neighbours.count; k++) {
        const other = neighbours.meshes[k]!;
        if (other === this.mesh || this.sourceMeshes.has(other)) continue;
        if (neighbours.depths[k]! < depth) slot++;
      }
      this.slots[i] = slot;
    }
    let best = -1;
    let bestCount = 0;
    let representative = -1;
    for (let i = 0; i < sources.length; i++) {
      const mesh = sources[i]!.mesh;
      if (!isDrawn(mesh) || !looksAsModelled(mesh)) continue;
      let count = 0;
      for (let j = 0; j < sources.length; j++) if (this.slots[j] === this.slots[i]) count++;
      if (count > bestCount) {
        bestCount = count;
        best = this.slots[i]!;
        representative = i;
      }
    }
    if (representative >= 0) {
      // The batch sorts at that source's centre (three reads it from the bounding sphere).
      const mesh = sources[representative]!.mesh;
      sortCenterWorld(mesh, scratchCenter);
      this.mesh.updateWorldMatrix(true, false);
      this.mesh
        .boundingSphere!.center.copy(scratchCenter)
        .applyMatrix4(scratchInverse.copy(this.mesh.matrixWorld).invert());
    }
    return best;
  }

  /** Give every source its own drawing back (the batch is being removed). */
  release(): void {
    for (const source of this.sources) {
      (source.mesh.material as THREE.Material).visible = true;
      source.mesh.frustumCulled = source.culled;
      source.member = false;
    }
    this.mesh.visible = false;
    this.mesh.geometry.dispose();
    (this.mesh.material as THREE.Material).dispose();
    this.mesh.skeleton.dispose();
  }
}

/**
 * Batches for a set of structure meshes: one per material shared by two or more of them
 * (a material used once gains nothing). Returns them in a group to add to the scene.
 */
export function createStructureBatches(meshes: Iterable<THREE.Mesh>): {
  group: THREE.Group;
  batches: StructureBatch[];
} {
  const byKey = new Map<string, THREE.Mesh[]>();
  for (const mesh of meshes) {
    const key = batchKey(mesh);
    if (!key) continue;
    const list = byKey.get(key) ?? [];
    list.push(mesh);
    byKey.set(key, list);
  }
  const group = new THREE.Group();
  group.name = BATCH_GROUP_NAME;
  const batches: StructureBatch[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const batch = new StructureBatch(list);
    batches.push(batch);
    group.add(batch.mesh);
  }
  group.userData.structureBatches = batches;
  return { group, batches };
}
