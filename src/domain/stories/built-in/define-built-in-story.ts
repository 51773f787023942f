import type { CameraPresetId } from '../../camera';
import type { MechanicsPresetId } from '../../mechanics';
import { learning } from '../../messages/en/learning';
import { formatStoryErrors, parseStory } from '../parse-story';
import type { Story, StoryAudience } from '../story';
import type { StoryViewInput } from '../story-view';

type StoryTexts = typeof learning.stories;
export type BuiltInStoryId = keyof StoryTexts;

/** A built-in step: its text comes from the message catalogue under the same story and step id. */
export interface BuiltInStepSpec<S extends BuiltInStoryId> {
  readonly id: keyof StoryTexts[S]['steps'] & string;
  readonly view?: StoryViewInput;
  readonly camera?: CameraPresetId;
  readonly highlights?: readonly string[];
  readonly mechanicsPreset?: MechanicsPresetId;
  readonly point?: string;
}

/**
 * Build a built-in story from its layout and the catalogue's text, through `parseStory`, so the
 * built-ins obey exactly the rules a site's own story does. Throws on a bad built-in (a
 * programming error; the tests load every built-in).
 */
export function defineBuiltInStory<S extends BuiltInStoryId>(
  id: S,
  audience: StoryAudience,
  steps: readonly BuiltInStepSpec<S>[],
): Story {
  const text = learning.stories[id];
  const stepTexts = text.steps as Readonly<Record<string, { title: string; text: string }>>;
  const result = parseStory({
    id,
    title: text.title,
    summary: text.summary,
    audience,
    steps: steps.map((step) => ({
      ...step,
      title: stepTexts[step.id]?.title,
      text: stepTexts[step.id]?.text,
    })),
  });
  if (!result.ok) {
    throw new Error(
      `stories: built-in story "${id}" is invalid:\n${formatStoryErrors(result.errors)}`,
    );
  }
  return result.story;
}
