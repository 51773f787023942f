import type { StructureKey } from '../anatomy';
import type { MechanicsPresetId } from '../mechanics';
import type { CameraView, PointKey } from '../view-state';

/** Who a story is written for (the player shows it as a badge). */
export const STORY_AUDIENCES = ['patient', 'student', 'clinician', 'general'] as const;
export type StoryAudience = (typeof STORY_AUDIENCES)[number];

/** A story step's emphasis: a structure on one side, or a placed motor point. */
export type StoryHighlight = StructureKey | PointKey;

/**
 * One step of a guided story, as `parseStory` returns it (validated and normalised).
 *
 * - `view`: view settings as a URL query string in the view-state URL form (`peel=2&ghost=bones`),
 *   checked with the view-state parser. A story may also give it as an object
 *   (`{ "peel": 2, "ghost": ["bones"] }`); `parseStory` turns that into the query string.
 *   Applied on top of the default view (see `applyStoryStep`).
 * - `camera`: a camera preset or a custom position and target (metres, model frame).
 * - `highlights`: structures and motor points the step is about; a name without a side in the
 *   input means both sides.
 * - `mechanicsPreset`: a dysfunction scenario to pose the model with.
 * - `point`: the motor point to select (its card opens).
 */
export interface StoryStep {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly view?: string;
  readonly camera?: CameraView;
  readonly highlights?: readonly StoryHighlight[];
  readonly mechanicsPreset?: MechanicsPresetId;
  readonly point?: PointKey;
}

export interface Story {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly audience: StoryAudience;
  readonly steps: readonly StoryStep[];
}

/** Limits that keep a hostile or broken story from hurting the viewer. */
export const STORY_LIMITS = {
  maxSteps: 20,
  maxIdChars: 64,
  maxTitleChars: 120,
  maxSummaryChars: 400,
  maxTextChars: 800,
  maxViewChars: 1000,
  maxViewSettings: 30,
  maxHighlights: 16,
  /** Most problems `parseStory` lists before it stops. */
  maxErrors: 20,
  /** Largest story, as JSON text, that `storyFromUrlParam` reads. */
  maxJsonChars: 32_000,
  /** Largest camera coordinate, metres (as in the view-state URL form). */
  cameraLimitM: 100,
} as const;

/** Ids are short, lower-case and URL-safe. */
export const STORY_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
