import { type LayerId, STRUCTURES } from '../anatomy';
import { fittedBody } from './body-param';
import { effectiveVisibility } from './effective-visibility';
import type { ViewState } from './view-state';

/**
 * The progressive model: the built-in model ships a small first-view file (`hip-first.glb`)
 * beside the complete one (`hip.glb`). The first-view file holds the same joints and landmarks
 * and, at a coarser level of detail whose bounds match the complete meshes, the structures of
 * these layers (what the default view draws), without body-fitting morph targets. The viewer
 * draws it first and swaps in the complete model's meshes after the first frame.
 */
export const FIRST_VIEW_LAYERS: readonly LayerId[] = [
  'bones',
  'superficial',
  'intermediate',
  'deep',
  'nerves',
];

const BEYOND_FIRST_VIEW = STRUCTURES.filter((s) => !FIRST_VIEW_LAYERS.includes(s.layer));

/**
 * The first-view file beside the built-in model (`…/hip.glb` → `…/hip-first.glb`), or null for
 * any other model: a model someone brings loads as the one file it is.
 */
export function firstViewModelUrl(modelUrl: string): string | null {
  const match = /^(.*\/)?hip\.glb(\?.*)?$/.exec(modelUrl);
  return match ? `${match[1] ?? ''}hip-first.glb${match[2] ?? ''}` : null;
}

/**
 * True when the first-view file can draw this view as the complete model would: nothing outside
 * its layers is drawn (skin, vessels and organs; the context layer has its own file) and the
 * body is the reference body (the first-view file has no morph targets). Otherwise the viewer
 * loads the complete model at once, so a shared link never shows a body that changes shape.
 */
export function firstViewCovers(
  view: Pick<
    ViewState,
    'layers' | 'structures' | 'peel' | 'acupuncture' | 'bodySex' | 'dysfunction'
  >,
): boolean {
  if (fittedBody(view)) return false;
  return BEYOND_FIRST_VIEW.every(
    (s) => s.layer === 'context' || effectiveVisibility(view, s) === 'hidden',
  );
}
