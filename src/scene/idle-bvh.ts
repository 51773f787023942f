import * as THREE from 'three';
import {
  acceleratedRaycast,
  computeBoundsTree,
  disposeBoundsTree,
  SkinnedMeshBVH,
} from 'three-mesh-bvh';

/**
 * A geometry as three-mesh-bvh extends it. Declared here rather than taken from the package's
 * own declaration of `BufferGeometry`, which a second copy of the package (drei's) declares too,
 * with another tree type: which of the two the compiler meets first is not ours to decide.
 */
type BvhGeometry = Omit<
  THREE.BufferGeometry,
  'boundsTree' | 'computeBoundsTree' | 'disposeBoundsTree'
> & {
  boundsTree?: unknown;
  computeBoundsTree?: typeof computeBoundsTree;
  disposeBoundsTree?: typeof disposeBoundsTree;
};

/** A skinned mesh's tree over its triangles as posed and morphed, and the shape it fits. */
interface PosedTree {
  bvh: SkinnedMeshBVH;
  /** The geometry the tree was built over: a mesh given new geometry (the complete model
   * replacing the first view's) needs a new tree, not a refit of the old one. */
  geometry: THREE.BufferGeometry;
  /** The root's pose version and the picking epoch the tree's bounds were fitted to. */
  poseVersion: number;
  epoch: number;
}

/**
 * Per model root: its picking epoch (a new one each time its meshes may have changed shape
 * beyond the pose, e.g. a refitted body) and the pose version its world matrices were last
 * brought up to date for.
 */
interface RootPicking {
  epoch: number;
  matricesFor: number;
  matricesEpoch: number;
}

/** Time (ms) an idle slot must still have for one more tree: a tree takes a few ms. */
const IDLE_MARGIN_MS = 12;

const trees = new WeakMap<THREE.SkinnedMesh, PosedTree>();
/** The mesh's tree, if it was built over the geometry the mesh has now. */
const posedTrees = {
  get(mesh: THREE.SkinnedMesh): PosedTree | undefined {
    const tree = trees.get(mesh);
    if (tree && tree.geometry !== mesh.geometry) {
      trees.delete(mesh);
      return undefined;
    }
    return tree;
  },
  has(mesh: THREE.SkinnedMesh): boolean {
    return posedTrees.get(mesh) !== undefined;
  },
  set(mesh: THREE.SkinnedMesh, tree: PosedTree): void {
    trees.set(mesh, tree);
  },
};
const rootPicking = new WeakMap<THREE.Object3D, RootPicking>();
/** Pose version the fallback (no tree yet) bounds of a skinned mesh were computed for. */
const fallbackBoundsFor = new WeakMap<THREE.SkinnedMesh, string>();
/** The raycast functions this module installs, so a second run recognises its own. */
const installed = new WeakSet<object>([acceleratedRaycast]);

/** The root's pose version: poses write `userData.poseVersion` (SkeletonPoser, ExercisePoser). */
function poseVersionOf(root: THREE.Object3D): number {
  return (root.userData.poseVersion as number | undefined) ?? 0;
}

function pickingOf(root: THREE.Object3D): RootPicking {
  let state = rootPicking.get(root);
  if (!state) {
    state = { epoch: 0, matricesFor: -1, matricesEpoch: -1 };
    rootPicking.set(root, state);
  }
  return state;
}

/** Bones' world matrices as posed now (a pose may be set but not drawn yet), once per pose. */
function updateMatricesForPose(root: THREE.Object3D, state: RootPicking, version: number) {
  if (state.matricesFor === version && state.matricesEpoch === state.epoch) return;
  root.updateWorldMatrix(true, true);
  state.matricesFor = version;
  state.matricesEpoch = state.epoch;
}

/** Bring a skinned mesh's tree to the current pose: refit its bounds, never rebuild it. */
function refitToPose(root: THREE.Object3D, tree: PosedTree): void {
  const state = pickingOf(root);
  const version = poseVersionOf(root);
  if (tree.poseVersion === version && tree.epoch === state.epoch) return;
  updateMatricesForPose(root, state, version);
  tree.bvh.refit();
  tree.poseVersion = version;
  tree.epoch = state.epoch;
}

/**
 * Picking on a skinned mesh as the user sees it, posed and morphed: through its tree (refitted
 * when the pose has changed since the last pick or idle refit), or, before the tree exists,
 * three's own test with bounds recomputed for the pose (three computes them once, at rest).
 */
function posedRaycastFor(root: THREE.Object3D) {
  const raycast = function posedRaycast(
    this: THREE.SkinnedMesh,
    raycaster: THREE.Raycaster,
    intersects: THREE.Intersection[],
  ) {
    const tree = posedTrees.get(this);
    if (tree) {
      refitToPose(root, tree);
      tree.bvh.raycastObject3D(this, raycaster, intersects);
      return;
    }
    const state = pickingOf(root);
    const version = `${state.epoch}:${poseVersionOf(root)}`;
    if (fallbackBoundsFor.get(this) !== version) {
      updateMatricesForPose(root, state, poseVersionOf(root));
      this.computeBoundingSphere();
      // The rest-pose box would reject rays at the posed muscle; the sphere test is enough.
      (this as { boundingBox: THREE.Box3 | null }).boundingBox = null;
      fallbackBoundsFor.set(this, version);
    }
    THREE.SkinnedMesh.prototype.raycast.call(this, raycaster, intersects);
  };
  installed.add(raycast);
  return raycast;
}

export interface IdlePicking {
  /**
   * Call on each frame: when the pose has changed, the skinned meshes' trees are refitted in
   * idle time, so the next pick finds them ready. Allocation-free while the pose stands still.
   */
  checkPose(): void;
  /** Cancel the remaining idle work. */
  cancel(): void;
}

/**
 * Give meshes BVH picking without one long task at start-up: trees are built in idle slots after
 * the first frames, one mesh at a time. Plain meshes get a tree over their geometry; skinned meshes (the
 * muscles, which follow the pose) a tree over their posed triangles that is refitted when the
 * pose changes, never per frame. Until its tree exists, a mesh picks the slow way. Running it
 * again on the same root (a refitted body) refits the existing trees to the new shape.
 */
export function buildBoundsTreesWhenIdle(root: THREE.Object3D): IdlePicking {
  const state = pickingOf(root);
  // Morph weights may have changed (a refitted body): every posed tree is stale.
  state.epoch += 1;
  const queue: THREE.Mesh[] = [];
  const skinned: THREE.SkinnedMesh[] = [];
  const posedRaycast = posedRaycastFor(root);
  root.traverse((object) => {
    const mesh = object as THREE.Mesh;
    if (!mesh.isMesh) return;
    if ((mesh as THREE.SkinnedMesh).isSkinnedMesh) {
      const skin = mesh as THREE.SkinnedMesh;
      // Meshes that opt out of picking (batches, the ghost skeleton) keep their own raycast.
      if (skin.raycast !== THREE.SkinnedMesh.prototype.raycast && !installed.has(skin.raycast))
        return;
      skin.raycast = posedRaycast;
      skinned.push(skin);
      queue.push(skin);
      return;
    }
    // Instanced meshes pick per instance; meshes that opt out keep their own raycast.
    if (mesh.raycast !== THREE.Mesh.prototype.raycast && !installed.has(mesh.raycast)) return;
    mesh.raycast = acceleratedRaycast;
    if (!(mesh.geometry as unknown as BvhGeometry).boundsTree) queue.push(mesh);
  });
  // The muscles first: they are what a user points at most, and the slow ones without a tree.
  queue.sort(
    (a, b) =>
      Number((b as THREE.SkinnedMesh).isSkinnedMesh === true) -
      Number((a as THREE.SkinnedMesh).isSkinnedMesh === true),
  );
  let cancelled = false;
  let handle = 0;
  let idleScheduled = false;
  const idle = (callback: (deadline?: IdleDeadline) => void) =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(callback, { timeout: 2000 })
      : window.setTimeout(callback, 16);
  const cancelIdle = (id: number) =>
    typeof window.cancelIdleCallback === 'function'
      ? window.cancelIdleCallback(id)
      : window.clearTimeout(id);
  const buildOne = (mesh: THREE.Mesh) => {
    if ((mesh as THREE.SkinnedMesh).isSkinnedMesh) {
      const skin = mesh as THREE.SkinnedMesh;
      const tree = posedTrees.get(skin);
      if (tree) {
        refitToPose(root, tree);
      } else {
        updateMatricesForPose(root, state, poseVersionOf(root));
        posedTrees.set(skin, {
          // Indirect: the mesh's own index (drawn, batched, skinned points) stays as it is.
          bvh: new SkinnedMeshBVH(skin, { indirect: true }),
          geometry: skin.geometry,
          poseVersion: poseVersionOf(root),
          epoch: state.epoch,
        });
      }
    } else {
      const geometry = mesh.geometry as unknown as BvhGeometry;
      if (!geometry.boundsTree) {
        geometry.computeBoundsTree = computeBoundsTree;
        geometry.disposeBoundsTree = disposeBoundsTree;
        geometry.computeBoundsTree();
      }
    }
  };
  // One mesh per idle slot at least, more while the slot has time left (no long task).
  const next = (deadline?: IdleDeadline) => {
    idleScheduled = false;
    if (cancelled) return;
    do {
      const mesh = queue.shift();
      if (!mesh) return;
      buildOne(mesh);
    } while (deadline && !deadline.didTimeout && deadline.timeRemaining() > IDLE_MARGIN_MS);
    schedule();
  };
  const schedule = () => {
    if (idleScheduled || cancelled || queue.length === 0) return;
    idleScheduled = true;
    handle = idle(next);
  };
  schedule();
  let seenPose = poseVersionOf(root);
  return {
    checkPose() {
      const version = poseVersionOf(root);
      if (version === seenPose) return;
      seenPose = version;
      for (let i = 0; i < skinned.length; i++) {
        const mesh = skinned[i]!;
        if (posedTrees.has(mesh) && !queue.includes(mesh)) queue.push(mesh);
      }
      schedule();
    },
    cancel() {
      cancelled = true;
      if (idleScheduled) cancelIdle(handle);
      idleScheduled = false;
    },
  };
}

/** How many of the root's pickable skinned meshes have their posed tree yet (for tests). */
export function posedTreeCount(root: THREE.Object3D): { skinned: number; withTree: number } {
  let skinned = 0;
  let withTree = 0;
  root.traverse((object) => {
    const mesh = object as THREE.SkinnedMesh;
    if (!mesh.isSkinnedMesh || !installed.has(mesh.raycast)) return;
    skinned += 1;
    if (posedTrees.has(mesh)) withTree += 1;
  });
  return { skinned, withTree };
}
