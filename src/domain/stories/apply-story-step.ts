import { parseViewParams, serializeViewState, type ViewState } from '../view-state';
import type { StoryStep } from './story';
import { storyStepHighlights } from './story-highlights';
import { STORY_VIEW_FORBIDDEN_PARAMS } from './story-view';

export interface ApplyStoryStepOptions {
  /**
   * What a step's settings are laid over:
   * - `default-view`: the default view, so each step shows the same picture however the story was
   *   reached (next, back, a jump) and whatever the viewer showed before;
   * - `base-view`: the base view, for a site that sets up its own scene and lets a story adjust it.
   * Either way the viewer's `mode` is kept (a patient stays in patient mode).
   */
  readonly startFrom: 'default-view' | 'base-view';
}

const APPLY_STORY_STEP_DEFAULTS: ApplyStoryStepOptions = { startFrom: 'default-view' };

/** URL parameters of the dysfunction settings that a mechanics preset replaces. */
const DYSFUNCTION_PARAMS: ReadonlySet<string> = new Set([
  'dys',
  'task',
  'comp',
  'mass',
  'height',
  'strength',
  'cane',
]);

/**
 * The view a story step shows. Pure: builds the step's settings in the view-state URL form and
 * reads them with the one view-state parser, so a step means exactly what the same link means.
 *
 * Order: start (see options) → the step's `view` → `mechanicsPreset` (on the stance side the step
 * or the start gives; explicit `dys`/`comp`/… in `view` refine it, as in a link) → `point` →
 * `camera`. Highlights select the first highlighted structure (unless `view` sets `sel`) and the
 * first highlighted point (unless the step sets one); the UI emphasises all of them with
 * `storyStepHighlights(step)`.
 */
export function applyStoryStep(
  baseView: ViewState,
  step: StoryStep,
  options: Partial<ApplyStoryStepOptions> = {},
): ViewState {
  const opts = { ...APPLY_STORY_STEP_DEFAULTS, ...options };
  const stepParams = new URLSearchParams(step.view ?? '');
  const setsPreset = step.mechanicsPreset !== undefined || stepParams.has('preset');
  const params = new URLSearchParams();
  if (opts.startFrom === 'base-view') {
    for (const [param, value] of serializeViewState(baseView)) {
      if (param === 'mode' || (setsPreset && DYSFUNCTION_PARAMS.has(param))) continue;
      params.append(param, value);
    }
  }
  for (const [param, value] of stepParams) {
    if (!STORY_VIEW_FORBIDDEN_PARAMS.has(param)) params.append(param, value);
  }
  if (step.mechanicsPreset) params.append('preset', step.mechanicsPreset);
  if (step.point) params.append('point', step.point);

  const { state } = parseViewParams(params);
  state.mode = baseView.mode;
  if (step.camera) {
    state.camera =
      step.camera.kind === 'preset'
        ? { kind: 'preset', preset: step.camera.preset }
        : {
            kind: 'custom',
            position: [...step.camera.position],
            target: [...step.camera.target],
          };
  }
  const { structures, points } = storyStepHighlights(step);
  const firstStructure = structures[0];
  if (firstStructure && !stepParams.has('sel')) state.selection = firstStructure;
  const firstPoint = points[0];
  if (firstPoint && !step.point && !stepParams.has('point')) state.point = firstPoint;
  return state;
}
