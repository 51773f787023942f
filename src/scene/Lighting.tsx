import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import * as THREE from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

/**
 * Studio lighting that separates bone (ivory, matte), muscle (red, satin) and tendon (white,
 * glossy): a warm key from the upper front, a cool low fill, a rim from behind, and a soft
 * generated room environment for reflections (no files, no network).
 */
export function Lighting({ environmentIntensity = 0.35 }: { environmentIntensity?: number }) {
  const gl = useThree((state) => state.gl);
  const scene = useThree((state) => state.scene);
  const invalidate = useThree((state) => state.invalidate);

  useEffect(() => {
    const pmrem = new THREE.PMREMGenerator(gl);
    const room = new RoomEnvironment();
    const target = pmrem.fromScene(room, 0.04);
    scene.environment = target.texture;
    scene.environmentIntensity = environmentIntensity;
    invalidate();
    return () => {
      scene.environment = null;
      target.dispose();
      room.dispose();
      pmrem.dispose();
    };
  }, [gl, scene, invalidate, environmentIntensity]);

  return (
    <>
      <hemisphereLight args={['#f4f1ec', '#4a4038', 0.45]} />
      <directionalLight position={[1.2, 2.2, 2.4]} intensity={2.2} color="#fff3e6" />
      <directionalLight position={[-2, 0.4, 1]} intensity={0.7} color="#dfe8ff" />
      <directionalLight position={[0.4, 1.6, -2.4]} intensity={1.4} color="#ffffff" />
      <directionalLight position={[-0.6, -1.2, -1.8]} intensity={0.5} color="#e8efff" />
    </>
  );
}
