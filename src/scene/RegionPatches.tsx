import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import * as THREE from 'three';
import { type RegionPatch, regionPatchGeometry } from './region-patches';

export interface RegionPatchesHandle {
  /** Draw these patches (one geometry, built now; the one before it is freed). */
  show(patches: readonly RegionPatch[], visible: boolean): void;
}

export interface RegionPatchesProps {
  ref?: Ref<RegionPatchesHandle>;
  /** Object name, for the debug probe and tests. */
  name?: string;
}

const noRaycast = () => undefined;

/**
 * Soft evidence regions on a surface, all in one mesh (one draw call), under the markers. The
 * layer says which patches to show; this builds their geometry, frees the one it replaces, and
 * frees the last one when the layer goes away.
 */
export function RegionPatches({ ref, name }: RegionPatchesProps) {
  const mesh = useRef<THREE.Mesh>(null);
  const built = useRef<THREE.BufferGeometry | null>(null);
  useImperativeHandle(
    ref,
    () => ({
      show(patches, visible) {
        const regions = mesh.current;
        if (!regions) return;
        built.current?.dispose();
        built.current = regionPatchGeometry(patches);
        regions.geometry = built.current;
        regions.visible = visible;
        // Read by the orbit test: an orbit must not rebuild the regions.
        regions.userData.builds = ((regions.userData.builds as number) ?? 0) + 1;
      },
    }),
    [],
  );
  // The last geometry `show` built is one R3F does not know about: free it with the layer.
  useEffect(() => () => built.current?.dispose(), []);

  return (
    <mesh ref={mesh} name={name} renderOrder={2} raycast={noRaycast}>
      <bufferGeometry />
      <meshBasicMaterial
        vertexColors
        transparent
        depthWrite={false}
        side={THREE.DoubleSide}
        polygonOffset
        polygonOffsetFactor={-2}
      />
    </mesh>
  );
}
