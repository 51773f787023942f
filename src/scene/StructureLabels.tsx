import { Html } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { type RefObject, useEffect, useMemo, useState } from 'react';
import * as THREE from 'three';
import { STRUCTURES, type StructureKey } from '../domain/anatomy';
import { messages } from '../domain/messages';
import { effectiveVisibility } from '../domain/view-state';
import { useViewer } from '../state';
import { type LoadedModel, useLoadedModel } from './model-context';

/** Structures worth a floating label: every muscle and the large bones. */
const LABELLED = new Set<string>([
  'gluteus-maximus',
  'gluteus-medius',
  'gluteus-minimus',
  'piriformis',
  'tensor-fasciae-latae',
  'iliacus',
  'psoas-major',
  'iliotibial-band',
  'hip-bone',
  'sacrum',
  'femur',
]);

const raycaster = new THREE.Raycaster();

/**
 * A point on the structure's outer surface: cast from outside the model toward the middle of
 * the structure's box, so the label sits on the side that faces away from the body's axis.
 */
function labelAnchor(model: LoadedModel, meshes: readonly THREE.Mesh[]): THREE.Vector3 | null {
  const box = new THREE.Box3();
  for (const mesh of meshes) box.expandByObject(mesh);
  if (box.isEmpty()) return null;
  const middle = box.getCenter(new THREE.Vector3());
  const outward = new THREE.Vector3(
    middle.x - model.bounds.center.x,
    0,
    middle.z - model.bounds.center.z,
  );
  if (outward.lengthSq() < 1e-6) outward.set(0, 0, 1);
  outward.normalize();
  const origin = middle.clone().addScaledVector(outward, model.bounds.radius * 2);
  raycaster.set(origin, outward.clone().negate());
  const hit = raycaster.intersectObjects(meshes as THREE.Mesh[], false)[0];
  return hit ? hit.point.clone().addScaledVector(outward, 0.004) : middle;
}

/**
 * Optional floating labels. Each disappears when its structure is hidden or when tissue lies
 * between it and the camera. Mounted one task after the canvas connects its events, because
 * HTML overlays mounted in the canvas's first commit can stay empty.
 */
export function StructureLabels() {
  const model = useLoadedModel();
  const view = useViewer((s) => s.view);
  const connected = useThree((s) => s.events.connected);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!connected) return;
    const id = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(id);
  }, [connected]);

  const anchors = useMemo(() => {
    if (!model || !view.labels) return [];
    return STRUCTURES.filter((s) => LABELLED.has(s.id)).flatMap((structure) => {
      const key = `${structure.id}:${structure.side}` as StructureKey;
      const meshes = model.index.structures.get(key);
      const anchor = meshes ? labelAnchor(model, meshes) : null;
      return anchor ? [{ key, structure, anchor }] : [];
    });
  }, [model, view.labels]);

  // Only what is drawn solid can hide a label; see-through tissue lets it show.
  const occluders = useMemo<RefObject<THREE.Object3D>[]>(() => {
    if (!model || !view.labels) return [];
    const list: RefObject<THREE.Object3D>[] = [];
    for (const [key, meshes] of model.index.structures) {
      const structure = STRUCTURES.find((s) => `${s.id}:${s.side}` === key);
      if (!structure || effectiveVisibility(view, structure) !== 'shown') continue;
      for (const mesh of meshes) list.push({ current: mesh });
    }
    return list;
  }, [model, view]);

  if (!ready || !view.labels) return null;
  return (
    <>
      {anchors
        .filter(({ structure }) => effectiveVisibility(view, structure) !== 'hidden')
        .map(({ key, structure, anchor }) => (
          <Html
            key={key}
            position={anchor}
            occlude={occluders}
            className="structure-label"
            zIndexRange={[5, 0]}
            center
          >
            {messages.view.structureOnSide(structure.label, structure.side)}
          </Html>
        ))}
    </>
  );
}
