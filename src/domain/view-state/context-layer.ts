import { STRUCTURES } from '../anatomy';
import { effectiveVisibility } from './effective-visibility';
import type { ViewState } from './view-state';

const CONTEXT_STRUCTURES = STRUCTURES.filter((s) => s.layer === 'context');

/**
 * True when the view draws any context muscle (the layer or one structure shown or ghosted):
 * the viewer then fetches the context layer's file, once.
 */
export function contextLayerWanted(view: Pick<ViewState, 'layers' | 'structures' | 'peel'>) {
  return CONTEXT_STRUCTURES.some((s) => effectiveVisibility(view, s) !== 'hidden');
}

/**
 * The context layer's file beside the built-in model (`…/hip.glb` → `…/hip-context.glb`), or
 * null for any other model: a model someone brings has no context file.
 */
export function contextModelUrl(modelUrl: string): string | null {
  const match = /^(.*\/)?hip\.glb(\?.*)?$/.exec(modelUrl);
  return match ? `${match[1] ?? ''}hip-context.glb` : null;
}
