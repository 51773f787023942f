import { Canvas } from '@react-three/fiber';
import { lazy, Suspense } from 'react';
import * as THREE from 'three';
import { messages } from '../domain/messages';
import { contextModelUrl } from '../domain/view-state';
import { markStage, useViewerStoreApi } from '../state';
import { AfterFirstModelFrame } from './AfterFirstModelFrame';
import { CameraRig } from './CameraRig';
import { CaptureBridge } from './CaptureBridge';
import { ClippingPlane } from './ClippingPlane';
import { ContextLossGuard } from './ContextLossGuard';
import { createRenderer, PIXEL_RATIO_RANGE } from './create-renderer';
import { ExercisePoser } from './ExercisePoser';
import { FrameProbe } from './FrameProbe';
import { HipModel, useModelPrefetch } from './HipModel';
import { Lighting } from './Lighting';
import { LoadBoundary } from './LoadBoundary';
import { ModelProbe } from './ModelProbe';
import { viewerPointerEvents } from './pointer-events';
import { SkeletonPoser } from './SkeletonPoser';
import { ViewLabel } from './ViewLabel';

markStage('viewer3d-evaluated');

/** Loaded when the model's first frame is drawn, not before it (see ModelOverlays). */
const ModelOverlays = lazy(() => import('./ModelOverlays'));

export interface Viewer3DProps {
  /** URL of the hip glTF. */
  modelUrl: string;
  /** Skip camera transitions. */
  reducedMotion?: boolean;
  /** Origins besides the page's own that the model and what it refers to may come from. */
  modelOrigins?: readonly string[];
  /** Told when this browser cannot make a WebGL context (the page then shows its fallback). */
  onWebglUnavailable?: () => void;
}

/**
 * The 3D view: the only module that pulls in three.js, loaded lazily behind the HTML shell.
 * Renders on demand, so an idle viewer draws no frames.
 */
export default function Viewer3D({
  modelUrl,
  reducedMotion = false,
  modelOrigins = [],
  onWebglUnavailable,
}: Viewer3DProps) {
  useModelPrefetch(modelUrl, modelOrigins);
  const store = useViewerStoreApi();
  return (
    <Canvas
      className="viewer-canvas"
      style={{ position: 'absolute', inset: 0 }}
      frameloop="demand"
      role="img"
      tabIndex={0}
      dpr={PIXEL_RATIO_RANGE}
      camera={{ fov: 30, near: 0.01, far: 20, position: [0, 0, 2.4] }}
      gl={({ canvas }) => createRenderer(canvas as HTMLCanvasElement, onWebglUnavailable)}
      events={viewerPointerEvents}
      onCreated={({ gl }) => {
        markStage('canvas-created');
        gl.toneMapping = THREE.ACESFilmicToneMapping;
        gl.toneMappingExposure = 1.05;
      }}
    >
      <Lighting />
      <Suspense fallback={null}>
        <HipModel url={modelUrl} allowedOrigins={modelOrigins}>
          <CameraRig reducedMotion={reducedMotion} />
          <ClippingPlane />
          <SkeletonPoser reducedMotion={reducedMotion} />
          <ExercisePoser reducedMotion={reducedMotion} />
          <ModelProbe />
          {/* What is drawn on the model follows its first frame (the model is what is waited for). */}
          <AfterFirstModelFrame>
            {/* Its code failing to download is said, and the model keeps working. */}
            <LoadBoundary onError={() => store.getState().announce(messages.layers.overlaysFailed)}>
              <Suspense fallback={null}>
                <ModelOverlays
                  contextUrl={contextModelUrl(modelUrl)}
                  allowedOrigins={modelOrigins}
                />
              </Suspense>
            </LoadBoundary>
          </AfterFirstModelFrame>
        </HipModel>
      </Suspense>
      <ViewLabel />
      <FrameProbe />
      <ContextLossGuard />
      <CaptureBridge />
    </Canvas>
  );
}
