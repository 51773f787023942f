import * as THREE from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { StructureKey } from '../domain/anatomy';
import type { ModelIndex } from './model-index';

/** A structure's surface in model space (rest pose), with a BVH for closest-point and ray queries. */
export interface StructureSurface {
  geometry: THREE.BufferGeometry;
  bvh: MeshBVH;
}

const vertex = new THREE.Vector3();

/**
 * Copy a mesh's triangles into model space as plain floats: skinning (rest pose), node
 * transforms and quantization are all applied, so any model that meets the contract works.
 */
function modelSpaceGeometry(mesh: THREE.Mesh, rootInverse: THREE.Matrix4): THREE.BufferGeometry {
  const source = mesh.geometry;
  const count = source.getAttribute('position').count;
  const positions = new Float32Array(count * 3);
  const toModel = new THREE.Matrix4().multiplyMatrices(rootInverse, mesh.matrixWorld);
  if ((mesh as THREE.SkinnedMesh).isSkinnedMesh) (mesh as THREE.SkinnedMesh).skeleton.update();
  for (let i = 0; i < count; i++) {
    mesh.getVertexPosition(i, vertex).applyMatrix4(toModel);
    positions[i * 3] = vertex.x;
    positions[i * 3 + 1] = vertex.y;
    positions[i * 3 + 2] = vertex.z;
  }
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3));
  if (source.index) geometry.setIndex(Array.from(source.index.array as ArrayLike<number>));
  return geometry;
}

/** Merge several geometries' triangles (a structure may have more than one mesh). */
function merge(geometries: THREE.BufferGeometry[]): THREE.BufferGeometry {
  if (geometries.length === 1) return geometries[0]!;
  const positions: number[] = [];
  const indices: number[] = [];
  for (const g of geometries) {
    const offset = positions.length / 3;
    const p = g.getAttribute('position');
    for (let i = 0; i < p.count; i++) positions.push(p.getX(i), p.getY(i), p.getZ(i));
    if (g.index) for (let i = 0; i < g.index.count; i++) indices.push(g.index.getX(i) + offset);
    else for (let i = 0; i < p.count; i++) indices.push(i + offset);
  }
  const merged = new THREE.BufferGeometry();
  merged.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
  merged.setIndex(indices);
  return merged;
}

/** Build (once per model) the surfaces of the named structures. */
export function buildSurfaces(
  root: THREE.Object3D,
  index: ModelIndex,
  keys: Iterable<StructureKey>,
): Map<StructureKey, StructureSurface> {
  root.updateWorldMatrix(true, true);
  const rootInverse = root.matrixWorld.clone().invert();
  const surfaces = new Map<StructureKey, StructureSurface>();
  for (const key of keys) {
    const meshes = index.structures.get(key);
    if (!meshes || meshes.length === 0) continue;
    const geometry = merge(meshes.map((mesh) => modelSpaceGeometry(mesh, rootInverse)));
    surfaces.set(key, { geometry, bvh: new MeshBVH(geometry) });
  }
  return surfaces;
}

const a = new THREE.Vector3();
const b = new THREE.Vector3();
const c = new THREE.Vector3();

/** The outward normal of a triangle (meshes are closed and wound outward). */
export function faceNormal(
  surface: StructureSurface,
  faceIndex: number,
  target: THREE.Vector3,
): THREE.Vector3 {
  const position = surface.geometry.getAttribute('position');
  const index = surface.geometry.index;
  const i0 = index ? index.getX(faceIndex * 3) : faceIndex * 3;
  const i1 = index ? index.getX(faceIndex * 3 + 1) : faceIndex * 3 + 1;
  const i2 = index ? index.getX(faceIndex * 3 + 2) : faceIndex * 3 + 2;
  a.fromBufferAttribute(position, i0);
  b.fromBufferAttribute(position, i1);
  c.fromBufferAttribute(position, i2);
  return target.subVectors(c, b).cross(a.sub(b)).normalize();
}
