import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import * as THREE from 'three';
import type { StructureKey } from '../domain/anatomy';
import { useViewerStoreApi } from '../state';
import { type LoadedModel, useLoadedModel } from './model-context';
import { surfaceAnchor } from './surface-anchor';

/** Read-only lookups for tests, tours and benchmarks (page CSS px, model metres). */
export interface ViewerDebug {
  /** Where a structure's outer surface is on screen. */
  screenPoint(key: StructureKey): { x: number; y: number } | null;
  /** Where a placed point is on screen (follows the posed pelvis). */
  pointScreen(id: string): { x: number; y: number } | null;
  /** Ids of the markers drawn now. */
  drawnPoints(): string[];
  /** A joint's rotation as a quaternion [x, y, z, w]. */
  jointQuaternion(key: string): [number, number, number, number] | null;
  /** Lengths (m) of the load arrows, 0 when hidden. */
  arrows(): Record<string, number>;
  /**
   * For every drawn marker: its distance (mm) to its muscle's surface as posed now (skinned
   * vertices), so tests can check markers follow the body.
   */
  markerSurfaceGapsMm(): Record<string, number>;
  /** For every drawn marker: how far (mm) the pose has moved it from its rest placement. */
  markerOffsetsMm(): Record<string, number>;
}

const triangle = new THREE.Triangle();
const closest = new THREE.Vector3();

/** The posed triangles of a structure's meshes, in model space. */
function posedTriangles(model: LoadedModel, key: string): THREE.Triangle[] {
  const rootInverse = model.root.matrixWorld.clone().invert();
  const out: THREE.Triangle[] = [];
  for (const mesh of model.index.structures.get(key as StructureKey) ?? []) {
    if ((mesh as THREE.SkinnedMesh).isSkinnedMesh) (mesh as THREE.SkinnedMesh).skeleton.update();
    const toModel = new THREE.Matrix4().multiplyMatrices(rootInverse, mesh.matrixWorld);
    const position = mesh.geometry.getAttribute('position');
    const index = mesh.geometry.index;
    const count = index ? index.count : position.count;
    const vertex = (i: number) =>
      mesh.getVertexPosition(index ? index.getX(i) : i, new THREE.Vector3()).applyMatrix4(toModel);
    for (let i = 0; i + 2 < count; i += 3)
      out.push(new THREE.Triangle(vertex(i), vertex(i + 1), vertex(i + 2)));
  }
  return out;
}

declare global {
  interface Window {
    __hipViewerDebug?: ViewerDebug;
  }
}

const scratch = new THREE.Vector3();

/** Exposes the lookups above for the loaded model. */
export function ModelProbe() {
  const model = useLoadedModel();
  const store = useViewerStoreApi();
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    if (!model) return;
    const toScreen = (world: THREE.Vector3) => {
      const ndc = world.clone().project(camera);
      const rect = gl.domElement.getBoundingClientRect();
      return {
        x: rect.left + ((ndc.x + 1) / 2) * rect.width,
        y: rect.top + ((1 - ndc.y) / 2) * rect.height,
      };
    };
    window.__hipViewerDebug = {
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
          (scene.getObjectByName('motor-points')?.userData.drawnPoints as string[] | undefined) ??
          []
        );
      },
      jointQuaternion(key) {
        const joint = model.index.joints.get(key);
        return joint
          ? [joint.quaternion.x, joint.quaternion.y, joint.quaternion.z, joint.quaternion.w]
          : null;
      },
      arrows() {
        const group = scene.getObjectByName('load-arrows');
        const lengths: Record<string, number> = {};
        for (const arrow of group?.children ?? []) {
          const shaft = arrow.getObjectByName('shaft');
          if (shaft) lengths[arrow.name] = group?.visible && arrow.visible ? shaft.scale.y : 0;
        }
        return lengths;
      },
    };
    return () => {
      delete window.__hipViewerDebug;
    };
  }, [model, camera, gl, scene, store]);
  return null;
}
