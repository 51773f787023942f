import * as THREE from 'three';
import { NODE_KINDS, type NodeKind, SIDES, type Side, type StructureKey } from '../domain/anatomy';

/** The metadata every meaningful node of a hip model carries (three puts glTF extras in userData). */
export interface NodeMeta {
  kind: NodeKind;
  id: string;
  side: Side;
  layer?: string;
}

export interface ModelIndex {
  /** Drawable meshes per structure (`gluteus-medius:left`). */
  structures: Map<StructureKey, THREE.Mesh[]>;
  /** Landmark positions in model space (`ASIS:left`). */
  landmarks: Map<string, THREE.Vector3>;
  /** Landmark nodes, which move with the joint they hang under when the skeleton is posed. */
  landmarkNodes: Map<string, THREE.Object3D>;
  /** Joint nodes (`hip:left`) the mechanics poses. */
  joints: Map<string, THREE.Object3D>;
  /** Every node carrying metadata, for the contract check. */
  nodes: { name: string; extras: unknown }[];
  /** The structure a mesh belongs to. */
  structureOf: Map<THREE.Object3D, StructureKey>;
  /** Each structure's kind as its node says, and whether the model marks it at risk. */
  structureKinds: Map<StructureKey, { kind: string; atRisk: boolean }>;
}

export function readNodeMeta(object: THREE.Object3D): NodeMeta | null {
  const data = object.userData as Partial<NodeMeta> | undefined;
  if (!data || typeof data.id !== 'string' || typeof data.kind !== 'string') return null;
  if (!(NODE_KINDS as readonly string[]).includes(data.kind)) return null;
  const side = (SIDES as readonly string[]).includes(data.side ?? '')
    ? (data.side as Side)
    : 'midline';
  return { kind: data.kind as NodeKind, id: data.id, side, layer: data.layer };
}

const scratch = new THREE.Vector3();

/** An index with nothing in it yet. */
function emptyIndex(): ModelIndex {
  return {
    structures: new Map(),
    landmarks: new Map(),
    landmarkNodes: new Map(),
    joints: new Map(),
    nodes: [],
    structureOf: new Map(),
    structureKinds: new Map(),
  };
}

/**
 * Index a loaded model by its node metadata (never by mesh names), so any model that meets
 * the model contract works. Meshes inherit the structure of their nearest tagged ancestor.
 */
export function indexModel(root: THREE.Object3D): ModelIndex {
  const index = emptyIndex();
  addToIndex(index, root, root);
  return index;
}

/**
 * Index a part added under `root` after loading (the context layer's muscles), so visibility,
 * selection and picking treat it like the rest of the model.
 */
export function addToIndex(index: ModelIndex, root: THREE.Object3D, part: THREE.Object3D): void {
  root.updateWorldMatrix(true, true);
  const rootInverse = new THREE.Matrix4().copy(root.matrixWorld).invert();
  const visit = (object: THREE.Object3D, owner: StructureKey | null) => {
    const meta = readNodeMeta(object);
    let current = owner;
    if (meta) {
      index.nodes.push({ name: object.name, extras: object.userData });
      const key = `${meta.id}:${meta.side}`;
      if (meta.kind === 'landmark') {
        index.landmarks.set(
          key,
          object.getWorldPosition(scratch).clone().applyMatrix4(rootInverse),
        );
      } else if (meta.kind === 'joint') {
        index.joints.set(key, object);
      } else {
        current = key as StructureKey;
        index.structureKinds.set(current, {
          kind: meta.kind,
          atRisk: (object.userData as { atRisk?: unknown }).atRisk === true,
        });
      }
    }
    if (current && (object as THREE.Mesh).isMesh) {
      const list = index.structures.get(current) ?? [];
      list.push(object as THREE.Mesh);
      index.structures.set(current, list);
      index.structureOf.set(object, current);
    }
    for (const child of object.children) visit(child, current);
  };
  visit(part, null);
}

/** Forget the meshes of a part that is taken out of the model again. */
export function removeFromIndex(index: ModelIndex, part: THREE.Object3D): void {
  part.traverse((object) => {
    const key = index.structureOf.get(object);
    if (!key) return;
    index.structureOf.delete(object);
    const rest = (index.structures.get(key) ?? []).filter((mesh) => mesh !== object);
    if (rest.length > 0) index.structures.set(key, rest);
    else index.structures.delete(key);
  });
}
