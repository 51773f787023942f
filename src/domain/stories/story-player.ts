import type { Story, StoryStep } from './story';

/**
 * The story player as a pure state machine: the UI keeps the state, dispatches actions from
 * buttons, keys (`storyKeyAction`) and a timer (`tick` with the elapsed milliseconds), and applies
 * `applyStoryStep` to the current step.
 */
export interface StoryPlayerOptions {
  /** Time on every step before reading time is added, milliseconds. */
  readonly baseDwellMs: number;
  /** Reading time per word (300 ms ≈ 200 words a minute, unhurried reading), milliseconds. */
  readonly msPerWord: number;
  readonly minDwellMs: number;
  readonly maxDwellMs: number;
  /** Start playing at once. */
  readonly autoplay: boolean;
}

/** @internal */
export const STORY_PLAYER_DEFAULTS: StoryPlayerOptions = {
  baseDwellMs: 3000,
  msPerWord: 300,
  minDwellMs: 6000,
  maxDwellMs: 40_000,
  autoplay: false,
};

export interface StoryPlayerState {
  readonly storyId: string;
  readonly stepCount: number;
  /** 0-based index of the current step. */
  readonly index: number;
  readonly autoplay: boolean;
  /** Time spent on the current step while playing, milliseconds. */
  readonly elapsedMs: number;
  /** Dwell time of each step, milliseconds. */
  readonly dwellMs: readonly number[];
  /** True once the story was closed (Escape, the close button, or `end`). */
  readonly ended: boolean;
}

export type StoryPlayerAction =
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'goTo'; readonly index: number }
  | { readonly type: 'first' }
  | { readonly type: 'last' }
  | { readonly type: 'toggleAutoplay' }
  | { readonly type: 'setAutoplay'; readonly on: boolean }
  | { readonly type: 'tick'; readonly elapsedMs: number }
  | { readonly type: 'end' }
  | { readonly type: 'restart' };

/**
 * How long autoplay stays on a step: a base time plus reading time for its title and text.
 * @internal
 */
export function dwellTimeMs(
  step: Pick<StoryStep, 'title' | 'text'>,
  options: Partial<StoryPlayerOptions> = {},
): number {
  const opts = { ...STORY_PLAYER_DEFAULTS, ...options };
  const words = `${step.title} ${step.text}`.split(/\s+/).filter(Boolean).length;
  const ms = opts.baseDwellMs + words * opts.msPerWord;
  return Math.min(opts.maxDwellMs, Math.max(opts.minDwellMs, ms));
}

export function createStoryPlayer(
  story: Pick<Story, 'id' | 'steps'>,
  options: Partial<StoryPlayerOptions> = {},
): StoryPlayerState {
  const opts = { ...STORY_PLAYER_DEFAULTS, ...options };
  return {
    storyId: story.id,
    stepCount: story.steps.length,
    index: 0,
    autoplay: opts.autoplay && story.steps.length > 1,
    elapsedMs: 0,
    dwellMs: story.steps.map((s) => dwellTimeMs(s, opts)),
    ended: false,
  };
}

function moveTo(state: StoryPlayerState, index: number): StoryPlayerState {
  const last = Math.max(state.stepCount - 1, 0);
  const clamped = Math.min(Math.max(Math.trunc(index), 0), last);
  if (clamped === state.index && state.elapsedMs === 0) return state;
  return { ...state, index: clamped, elapsedMs: 0 };
}

/**
 * Next and back stop at the ends (no wrap-around); moving by hand keeps autoplay on and restarts
 * the step's timer. Autoplay stops by itself on the last step. After `end` only `restart` acts.
 */
export function storyPlayerReducer(
  state: StoryPlayerState,
  action: StoryPlayerAction,
): StoryPlayerState {
  if (state.ended && action.type !== 'restart') return state;
  switch (action.type) {
    case 'next':
      return state.index >= state.stepCount - 1 ? state : moveTo(state, state.index + 1);
    case 'back':
      return state.index <= 0 ? state : moveTo(state, state.index - 1);
    case 'goTo':
      return Number.isFinite(action.index) ? moveTo(state, action.index) : state;
    case 'first':
      return moveTo(state, 0);
    case 'last':
      return moveTo(state, state.stepCount - 1);
    case 'toggleAutoplay':
      return storyPlayerReducer(state, { type: 'setAutoplay', on: !state.autoplay });
    case 'setAutoplay': {
      const on = action.on && state.stepCount > 1;
      if (on === state.autoplay) return state;
      // Playing again from the last step starts over, as a media player does.
      if (on && state.index >= state.stepCount - 1) {
        return { ...state, autoplay: true, index: 0, elapsedMs: 0 };
      }
      return { ...state, autoplay: on, elapsedMs: 0 };
    }
    case 'tick': {
      if (!state.autoplay || !(action.elapsedMs > 0)) return state;
      const elapsedMs = state.elapsedMs + action.elapsedMs;
      const dwell = state.dwellMs[state.index] ?? STORY_PLAYER_DEFAULTS.minDwellMs;
      if (elapsedMs < dwell) return { ...state, elapsedMs };
      if (state.index >= state.stepCount - 1) return { ...state, autoplay: false, elapsedMs: 0 };
      return { ...state, index: state.index + 1, elapsedMs: 0 };
    }
    case 'end':
      return { ...state, ended: true, autoplay: false };
    case 'restart':
      return { ...state, index: 0, elapsedMs: 0, ended: false };
  }
}

/** What the controls show: position, which buttons work, how far the timer has run. */
export function storyPlayerStatus(state: StoryPlayerState): {
  step: number;
  stepCount: number;
  canBack: boolean;
  canNext: boolean;
  isLast: boolean;
  /** 0..1 of the current step's dwell time (0 when not playing). */
  stepProgress: number;
} {
  const dwell = state.dwellMs[state.index] ?? 1;
  return {
    step: state.index + 1,
    stepCount: state.stepCount,
    canBack: !state.ended && state.index > 0,
    canNext: !state.ended && state.index < state.stepCount - 1,
    isLast: state.index >= state.stepCount - 1,
    stepProgress: state.autoplay ? Math.min(state.elapsedMs / dwell, 1) : 0,
  };
}

/** The current step of a story, or undefined when the state belongs to another story. */
export function currentStoryStep(story: Story, state: StoryPlayerState): StoryStep | undefined {
  return story.id === state.storyId ? story.steps[state.index] : undefined;
}
