export { applyStoryStep } from './apply-story-step';
export {
  /** @internal */ BUILT_IN_STORIES,
  findBuiltInStory,
  suggestStory,
} from './built-in-stories';
export { formatStoryErrors, parseStory } from './parse-story';
export type { Story } from './story';
export { /** @internal */ storyStepHighlights } from './story-highlights';
export { storyKeyAction } from './story-keys';
export {
  currentStoryStep,
  storyPlayerStatus,
} from './story-player';
export { storyFromUrlParam } from './story-url';
