import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { STRUCTURES, type Structure, type StructureKey } from '../domain/anatomy';
import { autoLabelLimit, labelCandidates } from '../domain/labels';
import { effectiveVisibility, sameViewApartFromCamera, type ViewState } from '../domain/view-state';
import { type LabelAnchor, useViewer, useViewerStoreApi, useViewerWith } from '../state';
import type { LoadedModel } from './model-context';
import { useLoadedModel } from './model-context';

/** Quiet time after the last frame before labels are measured again (the view is at rest). */
const SETTLE_MS = 120;
/** Surface points per structure the label may point at. */
const SAMPLES_PER_STRUCTURE = 24;
/** Rays tried per structure before it counts as out of sight. */
const RAYS_PER_STRUCTURE = 6;
/** Automatic candidates measured beyond the view's limit, for labels the layout cannot fit. */
const SPARE_CANDIDATES = 4;
/** How far to one side (share of the camera distance) a view must be to favour that side. */
const NEAR_SIDE_SHARE = 0.35;

const STRUCTURE_BY_KEY = new Map<string, Structure>(
  STRUCTURES.map((s) => [`${s.id}:${s.side}`, s]),
);

const raycaster = new THREE.Raycaster();
const scratch = new THREE.Vector3();
const toPoint = new THREE.Vector3();

interface Sample {
  mesh: THREE.Mesh;
  vertex: number;
}

/** Vertices spread over a structure's meshes (a stride through each), the label's candidate anchors. */
function surfaceSamples(meshes: readonly THREE.Mesh[]): Sample[] {
  const total = meshes.reduce((n, m) => n + m.geometry.getAttribute('position').count, 0);
  const stride = Math.max(1, Math.floor(total / SAMPLES_PER_STRUCTURE));
  const out: Sample[] = [];
  for (const mesh of meshes) {
    const count = mesh.geometry.getAttribute('position').count;
    for (let v = Math.floor(stride / 2); v < count; v += stride) out.push({ mesh, vertex: v });
  }
  return out;
}

/** A sample's posed position in world space (skinned meshes follow their bones). */
function samplePosition(sample: Sample, target: THREE.Vector3): THREE.Vector3 {
  return sample.mesh.getVertexPosition(sample.vertex, target).applyMatrix4(sample.mesh.matrixWorld);
}

/**
 * Where a structure's label points: the first of its surface points nearest the camera that a
 * ray from the camera reaches before any solid tissue; null when none does.
 */
function visibleAnchor(
  camera: THREE.Camera,
  samples: readonly Sample[],
  own: ReadonlySet<THREE.Object3D>,
  solid: THREE.Object3D[],
): THREE.Vector3 | null {
  const eye = camera.getWorldPosition(new THREE.Vector3());
  const byDistance = samples
    .map((sample) => {
      const p = samplePosition(sample, new THREE.Vector3());
      return { p, d: p.distanceToSquared(eye) };
    })
    .sort((a, b) => a.d - b.d)
    .slice(0, RAYS_PER_STRUCTURE);
  for (const { p } of byDistance) {
    toPoint.subVectors(p, eye);
    const distance = toPoint.length();
    raycaster.set(eye, toPoint.normalize());
    raycaster.near = 0;
    raycaster.far = distance + 0.01;
    const first = raycaster.intersectObjects(solid, false)[0];
    if (first && own.has(first.object)) return first.point.clone();
  }
  return null;
}

/** The middle sample of a structure (for a pinned label whose structure is out of sight). */
function middleSample(samples: readonly Sample[]): THREE.Vector3 | null {
  const sample = samples[Math.floor(samples.length / 2)];
  return sample ? samplePosition(sample, new THREE.Vector3()) : null;
}

function measureAnchors(
  model: LoadedModel,
  view: ViewState,
  camera: THREE.Camera,
  size: { width: number; height: number },
  samplesFor: (key: StructureKey) => Sample[],
): LabelAnchor[] {
  const shown = (key: StructureKey) => {
    const structure = STRUCTURE_BY_KEY.get(key);
    return structure && model.index.structures.has(key)
      ? effectiveVisibility(view, structure) !== 'hidden'
      : false;
  };
  const solidStructure = (key: StructureKey) => {
    const structure = STRUCTURE_BY_KEY.get(key);
    return !!structure && effectiveVisibility(view, structure) === 'shown';
  };
  // The body's right is -X: a camera well to that side sees the right side nearer.
  const eye = camera.getWorldPosition(scratch);
  const across = (eye.x - model.bounds.center.x) / eye.distanceTo(model.bounds.center);
  const nearSide = across < -NEAR_SIDE_SHARE ? 'right' : across > NEAR_SIDE_SHARE ? 'left' : null;
  const candidates = labelCandidates({
    labelsOn: view.labels,
    pinned: view.pinnedLabels,
    selection: view.selection,
    nearSide,
    isShown: shown,
    isSolid: solidStructure,
  });
  // Only tissue drawn solid hides a label; see-through tissue lets it show.
  const solid: THREE.Object3D[] = [];
  for (const [key, meshes] of model.index.structures) {
    const structure = STRUCTURE_BY_KEY.get(key);
    if (structure && effectiveVisibility(view, structure) === 'shown') solid.push(...meshes);
  }
  const autoWanted = autoLabelLimit(size.width) + SPARE_CANDIDATES;
  const anchors: LabelAnchor[] = [];
  let autoCount = 0;
  for (const key of candidates) {
    const pinned = view.pinnedLabels.includes(key);
    if (!pinned && autoCount >= autoWanted) continue;
    const meshes = model.index.structures.get(key) ?? [];
    const samples = samplesFor(key);
    const own = new Set<THREE.Object3D>(meshes);
    const targets = solid.some((m) => own.has(m)) ? solid : [...solid, ...meshes];
    const seen = visibleAnchor(camera, samples, own, targets);
    const point = seen ?? (pinned ? middleSample(samples) : null);
    if (!point) continue;
    const ndc = point.project(camera);
    if (ndc.z > 1 || Math.abs(ndc.x) > 1 || Math.abs(ndc.y) > 1) continue;
    anchors.push({
      key,
      x: ((ndc.x + 1) / 2) * size.width,
      y: ((1 - ndc.y) / 2) * size.height,
      pinned,
      hidden: seen === null,
    });
    if (!pinned) autoCount += 1;
  }
  return anchors;
}

/**
 * Measures where structure labels point, for the label layer drawn over the view. Nothing runs
 * per frame but a timer reset: once frames stop (camera, pose and visibility at rest) the
 * visible surface point of each labelled structure is found by a few rays and published; while
 * the camera or the pose moves, labels are withdrawn rather than drawn in the wrong place.
 */
export function StructureLabels() {
  const model = useLoadedModel();
  const store = useViewerStoreApi();
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  // The camera is followed per frame below; a camera written into the view re-renders nothing.
  const view = useViewerWith((s) => s.view, sameViewApartFromCamera);
  const language = useViewer((s) => s.language);
  const wanted = !!model && view.mode !== 'quiz' && (view.labels || view.pinnedLabels.length > 0);

  const samples = useMemo(() => {
    const cache = new Map<StructureKey, Sample[]>();
    return (key: StructureKey) => {
      let found = cache.get(key);
      if (!found) {
        found = surfaceSamples(model?.index.structures.get(key) ?? []);
        cache.set(key, found);
      }
      return found;
    };
  }, [model]);

  const latest = useRef({ view, size, wanted, language });
  latest.current = { view, size, wanted, language };
  /** What the last measurement saw: labels are withdrawn when camera or pose moves, and a frame
   * that changed none of it (a hover highlight) is not measured again. */
  const measuredAt = useRef({
    camera: new THREE.Matrix4(),
    pose: -1,
    valid: false,
    view: null as ViewState | null,
    width: 0,
    height: 0,
    language: '',
    /** Structures in the model: a part loaded later (the neighbouring muscles) can hide labels. */
    structures: 0,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const measure = useMemo(
    () => () => {
      timer.current = undefined;
      const { view: v, size: s, wanted: w, language: l } = latest.current;
      const setAnchors = store.getState().setLabelAnchors;
      const at = measuredAt.current;
      if (!model || !w) {
        at.valid = false;
        setAnchors(null);
        return;
      }
      camera.updateMatrixWorld();
      const unchanged =
        at.valid &&
        at.view === v &&
        at.width === s.width &&
        at.height === s.height &&
        at.language === l &&
        at.structures === model.index.structures.size &&
        at.pose === poseVersion(model) &&
        at.camera.equals(camera.matrixWorld);
      if (unchanged) return;
      const anchors = measureAnchors(model, v, camera, s, samples);
      at.camera.copy(camera.matrixWorld);
      at.pose = poseVersion(model);
      at.view = v;
      at.width = s.width;
      at.height = s.height;
      at.language = l;
      at.structures = model.index.structures.size;
      at.valid = true;
      setAnchors({
        width: s.width,
        height: s.height,
        autoLimit: autoLabelLimit(s.width),
        anchors,
      });
    },
    [model, camera, samples, store],
  );

  const schedule = useMemo(
    () => () => {
      if (timer.current !== undefined) clearTimeout(timer.current);
      timer.current = setTimeout(measure, SETTLE_MS);
    },
    [measure],
  );

  // What the labels say or which are wanted changed, perhaps without a frame being drawn.
  // biome-ignore lint/correctness/useExhaustiveDependencies: these values are the triggers
  useEffect(() => {
    schedule();
  }, [schedule, view, size, wanted, language]);

  useEffect(
    () => () => {
      if (timer.current !== undefined) clearTimeout(timer.current);
      store.getState().setLabelAnchors(null);
    },
    [store],
  );

  useFrame(() => {
    if (!latest.current.wanted || !model) return;
    const at = measuredAt.current;
    // Withdrawn once when the view starts to move (one store update, not one per frame).
    if (at.valid && (!at.camera.equals(camera.matrixWorld) || at.pose !== poseVersion(model))) {
      at.valid = false;
      store.getState().setLabelAnchors(null);
    }
    schedule();
  });

  return null;
}

function poseVersion(model: LoadedModel): number {
  return (model.root.userData.poseVersion as number | undefined) ?? 0;
}
