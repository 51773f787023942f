import { type ThreeEvent, useFrame, useThree } from '@react-three/fiber';
import {
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import * as THREE from 'three';
import { STRUCTURES, type StructureKey } from '../domain/anatomy';
import { bodyFit } from '../domain/body';
import {
  ACTIVATION_BAND_COLOURS,
  type ActivationBand,
  NO_ACTIVATION_FIGURE_COLOUR,
} from '../domain/exercises';
// Not the labels' index: the point labels there bring the motor point and acupuncture records.
import { structureName } from '../domain/labels/structure-name';
import { messages } from '../domain/messages';
import {
  fittedBody,
  formatBodyParam,
  parseBodyParam,
  sameViewApartFromCamera,
  structureLook,
  type ViewState,
} from '../domain/view-state';
import {
  type ExerciseFocus,
  markStage,
  showPickAfterFrame,
  useViewer,
  useViewerStoreApi,
  useViewerSubscription,
  type Vec3,
  type ViewerState,
} from '../state';
import { applyBodyFit } from './body-fit';
import { focusBounds } from './focus-bounds';
import { type HitsBetweenFrames, reuseHitsBetweenFrames } from './hits-between-frames';
import { buildBoundsTreesWhenIdle, type IdlePicking } from './idle-bvh';
import { type LoadedModel, ModelContext } from './model-context';
import { addToIndex, indexModel, removeFromIndex } from './model-index';
import { applyAppearance } from './structure-appearance';
import {
  gatherSeeThroughNeighbours,
  type SeeThroughNeighbours,
  type StructureBatch,
} from './structure-batch';
import { type CompleteModelSource, useCompleteModel } from './useCompleteModel';

type AppearanceInputs = readonly [ViewState, StructureKey | null, ExerciseFocus | null];
const appearanceInputs = (state: ViewerState): AppearanceInputs => [
  state.view,
  state.hover?.kind === 'structure' ? (state.hover.key as StructureKey) : null,
  state.exerciseFocus,
];
const sameAppearanceInputs = (a: AppearanceInputs, b: AppearanceInputs) =>
  sameViewApartFromCamera(a[0], b[0]) && a[1] === b[1] && a[2] === b[2];

/** Exercise activation bands as three.js colours (built once). */
const BAND_TINTS = Object.fromEntries(
  Object.entries(ACTIVATION_BAND_COLOURS).map(([band, hex]) => [band, new THREE.Color(hex)]),
) as Record<ActivationBand, THREE.Color>;
/** While an exercise is shown, muscles without a published figure for it (or on the other leg). */
const NOT_WORKING_TINT = new THREE.Color(NO_ACTIVATION_FIGURE_COLOUR);

export interface ModelViewProps {
  /** The model's root, already owned by this viewer (not shared with another). */
  root: THREE.Object3D;
  /**
   * When `root` comes from the first-view file: the complete model, fetched after the first
   * frame and swapped in without moving anything (see complete-model.ts).
   */
  complete?: CompleteModelSource | null;
  /** Scene parts that need the loaded model (camera rig, markers, ...). */
  children?: ReactNode;
}

const STRUCTURE_BY_KEY = new Map(STRUCTURES.map((s) => [`${s.id}:${s.side}` as StructureKey, s]));

/** A structure is always named (by its key when the vocabulary lacks it). */
const labelOf = (key: StructureKey): string => structureName(key);

/** Pointer travel (px) above which a press is an orbit, not a pick. */
const CLICK_TOLERANCE_PX = 4;

/**
 * Draws a hip model that meets the model contract: indexes it by node metadata, reports its
 * landmarks, applies the view state's visibility and selection, and picks structures.
 */
export function ModelView({ root, complete = null, children }: ModelViewProps) {
  const store = useViewerStoreApi();
  const invalidate = useThree((state) => state.invalidate);

  // Bumped when a part is added or removed, so its structures get their appearance.
  const [partsVersion, setPartsVersion] = useState(0);
  const index = useMemo(() => indexModel(root), [root]);
  const focus = useMemo(() => focusBounds(root, index), [root, index]);
  const partAdded = useCallback(() => setPartsVersion((v) => v + 1), []);
  // The first view's meshes take the complete model's after the first frame.
  const detail = useCompleteModel(root, index, complete, partAdded);
  // The fitted body as a link value ('' = reference body), so the model refits only on change.
  const bodyKey = useViewer((state) => {
    const body = fittedBody(state.view);
    return body ? formatBodyParam(body) : '';
  });
  // A new model object per body: placement, surfaces and needle depths are redone on it.
  const model = useMemo<LoadedModel>(() => {
    const parsed = bodyKey ? parseBodyParam(bodyKey) : null;
    const fit = parsed?.ok ? bodyFit(parsed.body) : null;
    const landmarks = applyBodyFit(root, index, fit);
    return {
      root,
      index: { ...index, landmarks },
      bounds: focus.sphere,
      focusBox: focus.box,
      bodyScale: fit?.scale ?? 1,
      detail,
      addPart(part) {
        root.add(part);
        addToIndex(index, root, part);
        setPartsVersion((v) => v + 1);
        return () => {
          root.remove(part);
          removeFromIndex(index, part);
          setPartsVersion((v) => v + 1);
        };
      },
    };
  }, [root, index, focus, bodyKey, detail]);

  // Batches (by shared material) decide before each frame which structures they draw.
  // biome-ignore lint/correctness/useExhaustiveDependencies: partsVersion brings the batches of an added part
  const { batches, structureMeshes } = useMemo(() => {
    const found: StructureBatch[] = [];
    model.root.traverse((object) => {
      const list = object.userData.structureBatches as StructureBatch[] | undefined;
      if (list) found.push(...list);
    });
    return { batches: found, structureMeshes: [...model.index.structureOf.keys()] as THREE.Mesh[] };
  }, [model, partsVersion]);
  const neighbours = useMemo<SeeThroughNeighbours>(
    () => ({ meshes: [], depths: [], count: 0, projectionView: new THREE.Matrix4() }),
    [],
  );
  // Fast picking, built in idle time so start-up has no long BVH task; the skinned muscles'
  // trees follow the pose (refitted when it changes). partsVersion: an added part gets trees.
  const picking = useRef<IdlePicking | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: partsVersion brings the meshes of an added part
  useEffect(() => {
    const trees = buildBoundsTreesWhenIdle(model.root);
    picking.current = trees;
    return () => trees.cancel();
  }, [model, partsVersion]);
  const hitsBetweenFrames = useRef<HitsBetweenFrames | null>(null);
  useFrame(({ camera }) => {
    hitsBetweenFrames.current?.clear();
    gatherSeeThroughNeighbours(structureMeshes, batches, camera, neighbours);
    for (let i = 0; i < batches.length; i++) batches[i]!.update(neighbours);
    picking.current?.checkPose();
  });
  const raycaster = useThree((state) => state.raycaster) as THREE.Raycaster & {
    firstHitOnly?: boolean;
  };
  useEffect(() => {
    raycaster.firstHitOnly = true;
    // One ray through the model per click, not one per pointer event.
    const hits = reuseHitsBetweenFrames(raycaster);
    hitsBetweenFrames.current = hits;
    return () => {
      hits.dispose();
      hitsBetweenFrames.current = null;
    };
  }, [raycaster]);

  // A new model stays hidden until the camera has framed it and its structures have their look
  // (both in effects, after React has added it to the scene): otherwise the frame in between
  // draws it once from the default camera, each structure by itself rather than in its batch,
  // and links shader programs the first real frame does not need.
  const revealed = useRef<THREE.Object3D | null>(null);
  useLayoutEffect(() => {
    if (revealed.current !== root) root.visible = false;
  }, [root]);

  useEffect(() => {
    revealed.current = model.root;
    model.root.visible = true;
    const landmarks: Record<string, Vec3> = {};
    for (const [key, p] of model.index.landmarks) landmarks[key] = [p.x, p.y, p.z];
    const { setLandmarks, setModelStatus } = store.getState();
    setLandmarks(landmarks);
    setModelStatus({ phase: 'ready' });
    markStage('model-ready');
    // A refit changes morph weights that React does not see: draw again.
    invalidate();
  }, [model, store, invalidate]);

  // The domain decides how each structure looks; this applies it. A camera move alone changes nothing.
  const draw = useCallback(
    ([view, hovered, focus]: AppearanceInputs) => {
      let changed = false;
      const context = {
        view,
        hovered,
        exerciseActivation: focus?.activationPctMvic ?? null,
      };
      for (const [key, meshes] of model.index.structures) {
        const structure = STRUCTURE_BY_KEY.get(key);
        if (!structure) continue;
        const look = structureLook(context, structure);
        const highlight = {
          selected: look.selected,
          hovered: look.hovered,
          dysfunction: look.dysfunction,
          tint:
            look.tint === 'not-working'
              ? NOT_WORKING_TINT
              : look.tint
                ? BAND_TINTS[look.tint]
                : null,
        };
        for (const mesh of meshes) {
          mesh.userData.pickThrough = look.pickThrough;
          changed = applyAppearance(mesh, look.visibility, highlight) || changed;
        }
      }
      if (changed) invalidate();
    },
    [model, invalidate],
  );
  // partsVersion: a part (the context layer) joined the index and needs its look.
  useViewerSubscription(appearanceInputs, draw, [draw, partsVersion], sameAppearanceInputs);
  // The look is in place before any frame draws this model: a frame without it would draw each
  // structure on its own (not in its batch) and leave GPU copies behind for the model's life.
  useLayoutEffect(() => draw(appearanceInputs(store.getState())), [draw, store]);

  const onPointerMove = useCallback(
    (event: ThreeEvent<PointerEvent>) => {
      const key = model.index.structureOf.get(event.object);
      if (!key) return;
      event.stopPropagation();
      const rect = (event.nativeEvent.target as HTMLElement | null)?.getBoundingClientRect();
      store.getState().setHover({
        kind: 'structure',
        key,
        label: labelOf(key),
        x: event.nativeEvent.clientX - (rect?.left ?? 0),
        y: event.nativeEvent.clientY - (rect?.top ?? 0),
      });
    },
    [model, store],
  );

  const onPointerOut = useCallback(() => {
    if (store.getState().hover?.kind === 'structure') store.getState().setHover(null);
  }, [store]);

  const onClick = useCallback(
    (event: ThreeEvent<MouseEvent>) => {
      const key = model.index.structureOf.get(event.object);
      if (!key || event.delta > CLICK_TOLERANCE_PX) return;
      event.stopPropagation();
      // In a quiz, a click on the model is an answer ("place the point"), not a selection.
      if (store.getState().view.mode === 'quiz') {
        const local = model.root.worldToLocal(event.point.clone());
        store.getState().reportModelClick([local.x, local.y, local.z]);
        return;
      }
      // The highlight first: the card and panels it opens render after that frame.
      showPickAfterFrame(store);
      store.getState().focusStructure(key);
      store.getState().announce(messages.layers.announceSelect(labelOf(key)));
    },
    [model, store],
  );

  return (
    <ModelContext.Provider value={model}>
      {/* The fitted body's overall size: the model and everything placed on it scale together. */}
      <group scale={model.bodyScale} name="body-fit">
        <primitive
          object={model.root}
          onPointerMove={onPointerMove}
          onPointerOut={onPointerOut}
          onClick={onClick}
        />
        {children}
      </group>
    </ModelContext.Provider>
  );
}
