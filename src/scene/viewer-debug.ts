import * as THREE from 'three';
import type { StructureKey } from '../domain/anatomy';
import type { ViewerStore } from '../state';
import { distanceToDrawnMeshes, posedTriangles, visibleSurfacePoint } from './drawn-surfaces';
import { GHOST_NAME } from './GhostSkeleton';
import { posedTreeCount } from './idle-bvh';
import type { LoadedModel } from './model-context';
import { surfaceAnchor } from './surface-anchor';
import { visibleHitsOnly } from './visible-hits';

/** Read-only lookups for tests, tours and benchmarks (page CSS px, model metres). */
export interface ViewerDebug {
  /** Where a structure's outer surface is on screen. */
  screenPoint(key: StructureKey): { x: number; y: number } | null;
  /** Where a placed point is on screen (follows the posed pelvis). */
  pointScreen(id: string): { x: number; y: number } | null;
  /** Ids of the markers drawn now. */
  drawnPoints(): string[];
  /** Where a joint (posed) is on screen, e.g. 'knee:left'. */
  jointScreen(key: string): { x: number; y: number } | null;
  /** A joint's rotation as a quaternion [x, y, z, w]. */
  jointQuaternion(key: string): [number, number, number, number] | null;
  /** Drawn lengths (m) of the load arrows, head included; 0 when hidden. */
  arrows(): Record<string, number>;
  /** The healthy ghost skeleton: in the drawn scene, shown, how many meshes it draws. */
  ghost(): { inScene: boolean; shown: boolean; meshes: number; opacity: number };
  /**
   * How far (model mm) a placed point lies from its muscle as drawn (skinned and morphed):
   * the closest point on the drawn triangles. Null when the point or muscle is missing.
   */
  pointToDrawnMuscleMm(id: string): number | null;
  /** Size (real m) of the skin as drawn: its world bounding box. */
  skinSize(): { x: number; y: number; z: number } | null;
  /** The overall scale of the fitted body (1 for the reference body). */
  bodyScale(): number;
  /**
   * For every drawn marker: its distance (mm) to its muscle's surface as posed now (skinned
   * vertices), so tests can check markers follow the body.
   */
  markerSurfaceGapsMm(): Record<string, number>;
  /** For every drawn marker: how far (mm) the pose has moved it from its rest placement. */
  markerOffsetsMm(): Record<string, number>;
  /**
   * Share of a grid of view samples (0–1) whose first solid surface (drawn, not see-through)
   * belongs to this structure: how much of it the user sees now.
   */
  visibleShare(key: string, grid?: number): number;
  /** Size (world m) of the box around the bones as posed now: tall standing, long lying. */
  boneBoundsSize(): { x: number; y: number; z: number };
  /**
   * A screen point where this structure is the first drawn, solid surface, found by brute force
   * on every structure's triangles as posed and morphed now (not through the picking trees), so
   * a test can check that a click there picks what the user sees. Null when none is visible.
   */
  visibleSurfacePoint(key: string): { x: number; y: number } | null;
  /** Pickable skinned meshes, and how many pick through a tree of their posed triangles yet. */
  posedPickingTrees(): { skinned: number; withTree: number };
  /** 'first-view' while the first-view file is drawn, 'complete' once the complete model is. */
  modelDetail(): 'first-view' | 'complete';
  /** Frames drawn with this model in the scene. */
  modelFrames(): number;
}

/** What the lookups read: the viewer's model, store and three.js context. */
interface ViewerDebugSources {
  model: LoadedModel;
  store: ViewerStore;
  camera: THREE.Camera;
  gl: THREE.WebGLRenderer;
  scene: THREE.Scene;
}

const triangle = new THREE.Triangle();
const closest = new THREE.Vector3();
const scratch = new THREE.Vector3();

/** The lookups of ViewerDebug over one loaded model (page CSS px, model metres). */
export function createViewerDebug({
  model,
  store,
  camera,
  gl,
  scene,
}: ViewerDebugSources): ViewerDebug {
  const toScreen = (world: THREE.Vector3) => {
    const ndc = world.clone().project(camera);
    const rect = gl.domElement.getBoundingClientRect();
    return {
      x: rect.left + ((ndc.x + 1) / 2) * rect.width,
      y: rect.top + ((1 - ndc.y) / 2) * rect.height,
    };
  };
  return {
    modelDetail: () => model.detail,
    modelFrames: () => (model.root.userData.modelFrames as number | undefined) ?? 0,
    screenPoint(key) {
      const meshes = model.index.structures.get(key);
      const anchor = meshes ? surfaceAnchor(model, meshes) : null;
      return anchor ? toScreen(anchor.applyMatrix4(model.root.matrixWorld)) : null;
    },
    pointScreen(id) {
      const p = store.getState().pointPositions[id];
      const markers = scene.getObjectByName('motor-points');
      if (!p || !markers) return null;
      markers.updateWorldMatrix(true, false);
      const drawn = (
        markers.userData.drawnPositions as Map<string, THREE.Vector3> | undefined
      )?.get(id);
      return toScreen(
        (drawn ? scratch.copy(drawn) : scratch.set(p[0], p[1], p[2])).applyMatrix4(
          markers.matrixWorld,
        ),
      );
    },
    visibleShare(key, grid = 24) {
      const raycaster = new THREE.Raycaster();
      const targets: THREE.Object3D[] = [];
      for (const meshes of model.index.structures.values()) targets.push(...meshes);
      const mine = new Set<THREE.Object3D>(model.index.structures.get(key as StructureKey) ?? []);
      let seen = 0;
      for (let i = 0; i < grid; i++) {
        for (let j = 0; j < grid; j++) {
          const ndc = new THREE.Vector2(((i + 0.5) / grid) * 2 - 1, ((j + 0.5) / grid) * 2 - 1);
          raycaster.setFromCamera(ndc, camera);
          const solid = visibleHitsOnly(raycaster.intersectObjects(targets, false)).find((hit) => {
            const material = (hit.object as THREE.Mesh).material as THREE.Material;
            return !(material.transparent && material.opacity < 0.5);
          });
          if (solid && mine.has(solid.object)) seen++;
        }
      }
      return seen / (grid * grid);
    },
    markerOffsetsMm() {
      const markers = scene.getObjectByName('motor-points');
      const drawn = markers?.userData.drawnPositions as Map<string, THREE.Vector3> | undefined;
      const rest = store.getState().pointPositions;
      const offsets: Record<string, number> = {};
      for (const [id, at] of drawn ?? []) {
        const p = rest[id];
        if (p) offsets[id] = at.distanceTo(scratch.set(p[0], p[1], p[2])) * 1000;
      }
      return offsets;
    },
    markerSurfaceGapsMm() {
      const markers = scene.getObjectByName('motor-points');
      const drawnIds = (markers?.userData.drawnPoints as string[] | undefined) ?? [];
      const drawn = markers?.userData.drawnPositions as Map<string, THREE.Vector3> | undefined;
      const records = store.getState().placedPoints;
      model.root.updateMatrixWorld(true);
      const surfaces = new Map<string, THREE.Triangle[]>();
      const gaps: Record<string, number> = {};
      for (const id of drawnIds) {
        const at = drawn?.get(id);
        const record = records[id];
        if (!at || !record) continue;
        const key = `${record.muscle}:${record.side}`;
        let triangles = surfaces.get(key);
        if (!triangles) {
          triangles = posedTriangles(model, key);
          surfaces.set(key, triangles);
        }
        let best = Number.POSITIVE_INFINITY;
        for (const t of triangles) {
          triangle.copy(t).closestPointToPoint(at, closest);
          best = Math.min(best, closest.distanceTo(at));
        }
        gaps[id] = best * 1000;
      }
      return gaps;
    },
    drawnPoints() {
      return (
        (scene.getObjectByName('motor-points')?.userData.drawnPoints as string[] | undefined) ?? []
      );
    },
    jointScreen(key) {
      const joint = model.index.joints.get(key);
      return joint ? toScreen(joint.getWorldPosition(new THREE.Vector3())) : null;
    },
    jointQuaternion(key) {
      const joint = model.index.joints.get(key);
      return joint
        ? [joint.quaternion.x, joint.quaternion.y, joint.quaternion.z, joint.quaternion.w]
        : null;
    },
    pointToDrawnMuscleMm(id) {
      const p = store.getState().pointPositions[id];
      const n = store.getState().pointNormals[id];
      const placed = store.getState().placedPoints?.[id];
      const muscle = placed ? `${placed.muscle}:${placed.side}` : null;
      const meshes = muscle ? model.index.structures.get(muscle as StructureKey) : undefined;
      if (!p || !n || !meshes) return null;
      // Model space to world: the root carries the fitted body's scale.
      const toWorld = model.root.matrixWorld;
      const at = new THREE.Vector3(p[0], p[1], p[2]).applyMatrix4(toWorld);
      const best = distanceToDrawnMeshes(at, meshes);
      return Number.isFinite(best) ? (best * 1000) / model.bodyScale : null;
    },
    visibleSurfacePoint(key) {
      const world = visibleSurfacePoint(model, key, camera, gl.domElement.getBoundingClientRect());
      return world ? toScreen(world) : null;
    },
    posedPickingTrees() {
      return posedTreeCount(model.root);
    },
    boneBoundsSize() {
      model.root.updateWorldMatrix(true, true);
      const box = new THREE.Box3();
      for (const [key, meshes] of model.index.structures) {
        if (model.index.structureKinds.get(key)?.kind !== 'bone') continue;
        for (const mesh of meshes) box.expandByObject(mesh);
      }
      const size = box.getSize(new THREE.Vector3());
      return { x: size.x, y: size.y, z: size.z };
    },
    skinSize() {
      const meshes = model.index.structures.get('skin:midline' as StructureKey);
      if (!meshes) return null;
      const box = new THREE.Box3();
      for (const mesh of meshes) {
        (mesh as THREE.SkinnedMesh).computeBoundingBox?.();
        box.expandByObject(mesh, true);
      }
      const size = box.getSize(new THREE.Vector3());
      return { x: size.x, y: size.y, z: size.z };
    },
    bodyScale() {
      return model.bodyScale;
    },
    arrows() {
      const group = scene.getObjectByName('load-arrows');
      const lengths: Record<string, number> = {};
      for (const arrow of group?.children ?? []) {
        const shaft = arrow.getObjectByName('shaft');
        // The drawn length, head included (a short arrow is mostly head).
        const drawn = (arrow.userData.lengthM as number | undefined) ?? shaft?.scale.y ?? 0;
        if (shaft) lengths[arrow.name] = group?.visible && arrow.visible ? drawn : 0;
      }
      return lengths;
    },
    ghost() {
      const ghost = scene.getObjectByName(GHOST_NAME);
      let shown = Boolean(ghost);
      for (let o: THREE.Object3D | null = ghost ?? null; o; o = o.parent) {
        if (!o.visible) shown = false;
      }
      let meshes = 0;
      let opacity = 0;
      ghost?.traverseVisible((o) => {
        const mesh = o as THREE.Mesh;
        if (!mesh.isMesh) return;
        meshes++;
        opacity = (mesh.material as THREE.Material).opacity;
      });
      return { inScene: Boolean(ghost), shown, meshes: shown ? meshes : 0, opacity };
    },
  };
}
