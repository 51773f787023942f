import { useThree } from '@react-three/fiber';
import { type ReactNode, use, useEffect, useMemo, useState } from 'react';
import * as THREE from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { messages } from '../domain/messages';
import {
  checkModelContract,
  describeContractProblems,
  describeModelLoadError,
  firstBadBounds,
} from '../domain/model-contract';
import { firstViewCovers, firstViewModelUrl } from '../domain/view-state';
import { markStage, useViewerStoreApi } from '../state';
import { AfterFirstModelFrame } from './AfterFirstModelFrame';
import { GhostSkeleton } from './GhostSkeleton';
import { disposeUnheld, holdSharedScene } from './gpu-disposal';
import { LoadBoundary } from './LoadBoundary';
import { forgetModel, loadModel } from './load-model';
import { ModelView } from './ModelView';
import { indexModel } from './model-index';
import { BATCH_GROUP_NAME, createStructureBatches } from './structure-batch';

export interface HipModelProps {
  /** URL of a glTF binary that meets the model contract. */
  url: string;
  /** Origins besides the page's own that the model and its references may come from. */
  allowedOrigins?: readonly string[];
  /** Scene parts that need the loaded model (camera rig, markers, ...). */
  children?: ReactNode;
}

/**
 * Loads the hip glTF (meshopt, no Draco: its decoder would come from a CDN). A model that fails
 * to load, or breaks the model contract, is reported in the store as a readable error and not
 * drawn; the rest of the viewer keeps working.
 */
export function HipModel({ url, allowedOrigins = [], children }: HipModelProps) {
  const store = useViewerStoreApi();
  // The first-view file when it draws the opening view as the complete model would.
  const firstUrl = useMemo(() => firstViewUrlFor(url, store), [url, store]);
  // Shared by address with the prefetch and with LoadedHipModel, which then reads it at once.
  const firstLoad = loadModel(firstUrl ?? url, modelLoadOptions(allowedOrigins, store));
  if (!useSettled(firstLoad)) return null;
  return (
    <LoadBoundary
      key={url}
      onError={(error) =>
        store
          .getState()
          .setModelStatus({ phase: 'error', message: describeModelLoadError(error, url) })
      }
    >
      <LoadedHipModel url={url} firstUrl={firstUrl} allowedOrigins={allowedOrigins}>
        {children}
      </LoadedHipModel>
    </LoadBoundary>
  );
}

type ViewerStoreApi = ReturnType<typeof useViewerStoreApi>;

/** The first-view file when it draws the opening view as the complete model would, or null. */
function firstViewUrlFor(url: string, store: ViewerStoreApi): string | null {
  const candidate = firstViewModelUrl(url);
  return candidate && firstViewCovers(store.getState().view) ? candidate : null;
}

function modelLoadOptions(allowedOrigins: readonly string[], store: ViewerStoreApi) {
  return {
    allowedOrigins,
    onProgress: (progress: number) => {
      if (store.getState().model.phase === 'loading') {
        store.getState().setModelStatus({ phase: 'loading', progress });
      }
    },
  };
}

/**
 * Starts downloading and decoding the model the viewer draws first while the 3D view is still
 * starting (its canvas, renderer and scene graph), instead of once the canvas exists. Loads are
 * shared by address, so the viewer then takes this one.
 */
export function useModelPrefetch(url: string, allowedOrigins: readonly string[]): void {
  const store = useViewerStoreApi();
  useState(() => {
    void loadModel(firstViewUrlFor(url, store) ?? url, modelLoadOptions(allowedOrigins, store));
    return null;
  });
}

const scratchBox = new THREE.Box3();

/** The first mesh whose positions are not finite or absurdly far, or null. */
function badGeometry(root: THREE.Object3D): string | null {
  const meshes: { name: string; min: number[]; max: number[] }[] = [];
  // World space: quantized models store integer positions and scale them in the node transform.
  root.updateMatrixWorld(true);
  root.traverse((object) => {
    const position = (object as THREE.Mesh).geometry?.getAttribute?.('position');
    if (!position) return;
    // A NaN anywhere, even where the bounds would not show it.
    const array = position.array as ArrayLike<number>;
    for (let i = 0; i < array.length; i++) {
      if (!Number.isFinite(array[i] as number)) {
        meshes.push({ name: object.name, min: [Number.NaN], max: [Number.NaN] });
        return;
      }
    }
    // The geometry's own bounds in world space: three's bounds of a skinned mesh skin every
    // vertex on the CPU, a long task before the first frame, and far-off positions show anyway.
    const geometry = (object as THREE.Mesh).geometry;
    if (!geometry.boundingBox) geometry.computeBoundingBox();
    scratchBox.copy(geometry.boundingBox as THREE.Box3).applyMatrix4(object.matrixWorld);
    meshes.push({
      name: object.name,
      min: scratchBox.min.toArray(),
      max: scratchBox.max.toArray(),
    });
  });
  return firstBadBounds(meshes);
}

/** The contract problems of a loaded model (read from node extras), or null when usable. */
function contractProblems(root: THREE.Object3D): string | null {
  const nodes: { name: string; extras: unknown }[] = [];
  root.traverse((object) => {
    nodes.push({ name: object.name, extras: object.userData });
  });
  const report = checkModelContract(nodes);
  return report.ok ? null : describeContractProblems(report);
}

function LoadedHipModel({
  url,
  firstUrl,
  allowedOrigins,
  children,
}: HipModelProps & { firstUrl: string | null; allowedOrigins: readonly string[] }) {
  const store = useViewerStoreApi();
  // The built-in model starts from its small first-view file (`firstUrl`, when that draws the
  // opening view as the complete model would); the complete model follows after the first frame.
  const loadOptions = modelLoadOptions(allowedOrigins, store);
  // Checked before decoding (size, references, structure) and never thrown: see load-model.
  const firstResult = firstUrl ? use(loadModel(firstUrl, loadOptions)) : null;
  // A missing or unreadable first-view file (a copy of the site without it, a model of one's
  // own named hip.glb) is no error: the complete model is loaded as the one file it is.
  const startsFromFirstView = firstResult?.ok === true;
  const shownUrl = startsFromFirstView && firstUrl ? firstUrl : url;
  const result =
    startsFromFirstView && firstResult ? firstResult : use(loadModel(url, loadOptions));
  const complete = useMemo(
    () => (startsFromFirstView ? { url, allowedOrigins } : null),
    [startsFromFirstView, url, allowedOrigins],
  );
  const scene = result.ok ? result.gltf.scene : null;
  // Each viewer gets its own copy, so two viewers on one page never share materials or poses.
  const root = useMemo(() => (scene ? cloneSkinned(scene) : null), [scene]);
  const problems = useMemo(() => {
    if (!result.ok) return result.message;
    if (!root) return null;
    const bad = badGeometry(root);
    return bad ? messages.robustness.modelBadGeometry(shownUrl, bad) : contractProblems(root);
  }, [result, root, shownUrl]);
  const compiled = useCompiledShaders(root, problems === null);
  useEffect(() => {
    if (problems) store.getState().setModelStatus({ phase: 'error', message: problems });
  }, [problems, store]);
  // This viewer's copy draws from the loaded scene; when another model replaces it, the copy's
  // GPU resources go, and the scene's too unless another viewer still draws from it.
  useEffect(() => {
    if (!root || !scene) return;
    const release = holdSharedScene(scene);
    return () => {
      release();
      disposeUnheld(root);
      disposeUnheld(scene);
    };
  }, [root, scene]);
  // A model no longer shown (another one was chosen) is not kept in memory.
  useEffect(
    () => () => {
      forgetModel(url);
      if (firstUrl) forgetModel(firstUrl);
    },
    [url, firstUrl],
  );
  if (problems || !compiled || !root || !scene) return null;
  return (
    <ModelView root={root} complete={complete}>
      {/* The healthy comparison is cloned from the unposed glTF, not from the posed copy. */}
      <AfterFirstModelFrame>
        <GhostSkeleton source={scene} />
      </AfterFirstModelFrame>
      {children}
    </ModelView>
  );
}

/**
 * Whether a load has settled, learnt from a state update instead of by suspending. A model that
 * arrives after its view has suspended on it is shown as a Suspense "retry", which React holds
 * until 300 ms after its fallback appeared: when the canvas is up before the first-view file is
 * decoded, that hold, not the work, decided when the model's first frame came. (A load that
 * settled before it is asked for is read at once; see `readableWhenSettled`.)
 */
function useSettled(load: Promise<unknown>): boolean {
  const settledAlready = (load as { status?: string }).status === 'fulfilled';
  const [settled, setSettled] = useState<Promise<unknown> | null>(null);
  useEffect(() => {
    if (settledAlready) return;
    let live = true;
    const done = () => {
      if (live) setSettled(load);
    };
    load.then(done, done);
    return () => {
      live = false;
    };
  }, [load, settledAlready]);
  return settledAlready || settled === load;
}

/** Draw the model's structures in batches by shared material (once per model copy). */
function attachStructureBatches(root: THREE.Object3D): THREE.Object3D {
  const attached = root.getObjectByName(BATCH_GROUP_NAME);
  if (attached) return attached;
  const meshes = [...indexModel(root).structureOf.keys()] as THREE.Mesh[];
  const { group } = createStructureBatches(meshes);
  root.add(group);
  return group;
}

/**
 * Compile the model's shaders before its first frame, without blocking the main thread where
 * the browser can (KHR_parallel_shader_compile): otherwise the first draw waits for every
 * shader to link, a long task of a second or more on a slow GPU. True once they are ready.
 */
function useCompiledShaders(root: THREE.Object3D | null, enabled: boolean): boolean {
  const gl = useThree((state) => state.gl);
  const camera = useThree((state) => state.camera);
  const scene = useThree((state) => state.scene);
  const [compiledRoot, setCompiledRoot] = useState<THREE.Object3D | null>(null);
  useEffect(() => {
    if (!enabled || !root) return;
    let live = true;
    const done = () => {
      markStage('shaders-compiled');
      if (live) setCompiledRoot(root);
    };
    // The first frame draws the structures through their batches: only the batches' programs
    // are compiled now. Under software rendering each program costs hundreds of milliseconds,
    // and an unskinned bone drawing itself (selected, hidden neighbours...) needs one more, so
    // that one is compiled when it is first drawn instead of before the first frame.
    const batches = attachStructureBatches(root);
    markStage('shaders-compile-started');
    gl.compileAsync(batches, camera, scene).then(done, done);
    return () => {
      live = false;
    };
  }, [gl, camera, scene, root, enabled]);
  return compiledRoot === root;
}
