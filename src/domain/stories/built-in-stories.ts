import type { ViewState } from '../view-state';
import { HIP_MOTOR_POINTS_STORY } from './built-in/hip-motor-points';
import { TIGHT_ILIOPSOAS_STORY } from './built-in/tight-iliopsoas';
import { WEAK_GLUTEUS_MEDIUS_STORY } from './built-in/weak-gluteus-medius';
import type { Story } from './story';

/**
 * The stories that ship with the app, in the order a chooser lists them.
 * @internal
 */
export const BUILT_IN_STORIES: readonly Story[] = [
  WEAK_GLUTEUS_MEDIUS_STORY,
  TIGHT_ILIOPSOAS_STORY,
  HIP_MOTOR_POINTS_STORY,
];

export function findBuiltInStory(id: string): Story | undefined {
  return BUILT_IN_STORIES.find((s) => s.id === id);
}

/**
 * The story the "explain" button starts for what the view shows: the iliopsoas story when the
 * iliopsoas is set tight, the gluteus medius story when a hip abductor is set weak, otherwise the
 * motor point story.
 */
export function suggestStory(view: Pick<ViewState, 'dysfunction'>): Story {
  const m = view.dysfunction.muscles;
  const tight = (id: keyof typeof m) => (m[id]?.tightness ?? 0) > 0;
  const weak = (id: keyof typeof m) => (m[id]?.weakness ?? 0) > 0;
  if (tight('psoas-major') || tight('iliacus')) return TIGHT_ILIOPSOAS_STORY;
  if (weak('gluteus-medius') || weak('gluteus-minimus') || weak('tensor-fasciae-latae')) {
    return WEAK_GLUTEUS_MEDIUS_STORY;
  }
  return HIP_MOTOR_POINTS_STORY;
}
