import { Html } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { type RefObject, useEffect, useMemo, useState } from 'react';
import type * as THREE from 'three';
import { STRUCTURES, type StructureKey } from '../domain/anatomy';
import { messages } from '../domain/messages';
import { effectiveVisibility } from '../domain/view-state';
import { useViewer } from '../state';
import { useLoadedModel } from './model-context';
import { surfaceAnchor } from './surface-anchor';

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
      const anchor = meshes ? surfaceAnchor(model, meshes) : null;
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
