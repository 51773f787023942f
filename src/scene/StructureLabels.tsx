import { Html } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { type RefObject, useEffect, useMemo, useState } from 'react';
import type * as THREE from 'three';
import { STRUCTURES, type StructureKey } from '../domain/anatomy';
import { messages } from '../domain/messages';
import { effectiveVisibility } from '../domain/view-state';
import { useViewer } from '../state';
import { useLoadedModel } from './model-context';
import { bindPoint, type RestVertexCache } from './point-skinning';
import { surfaceAnchor } from './surface-anchor';
import { usePosedHolders } from './usePosedHolders';

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
  const _invalidate = useThree((s) => s.invalidate);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!connected) return;
    const id = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(id);
  }, [connected]);

  const anchors = useMemo(() => {
    if (!model || !view.labels) return [];
    const cache: RestVertexCache = new Map();
    return STRUCTURES.filter((s) => LABELLED.has(s.id)).flatMap((structure) => {
      const key = `${structure.id}:${structure.side}` as StructureKey;
      const meshes = model.index.structures.get(key);
      const anchor = meshes ? surfaceAnchor(model, meshes) : null;
      // Each label follows its structure when the skeleton is posed.
      const binding = anchor ? bindPoint(model, key, [anchor.x, anchor.y, anchor.z], cache) : null;
      return anchor ? [{ key, structure, anchor, binding }] : [];
    });
  }, [model, view.labels]);
  const holderFor = usePosedHolders(model, anchors);

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
          <group key={key} ref={holderFor(key)}>
            <Html
              position={anchor}
              occlude={occluders}
              className="structure-label"
              zIndexRange={[5, 0]}
              center
            >
              {messages.view.structureOnSide(structure.label, structure.side)}
            </Html>
          </group>
        ))}
    </>
  );
}
