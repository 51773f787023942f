export type { ApplyStoryStepOptions } from './apply-story-step';
export { APPLY_STORY_STEP_DEFAULTS, applyStoryStep } from './apply-story-step';
export type { BuiltInStoryId } from './built-in-stories';
export { BUILT_IN_STORIES, findBuiltInStory, suggestStory } from './built-in-stories';
export type { ParseStoryResult, StoryError } from './parse-story';
export { formatStoryErrors, parseStory, STORY_FIELDS, STORY_STEP_FIELDS } from './parse-story';
export type { Story, StoryAudience, StoryHighlight, StoryStep } from './story';
export { STORY_AUDIENCES, STORY_ID_PATTERN, STORY_LIMITS } from './story';
export { isPointHighlight, parseHighlight, storyStepHighlights } from './story-highlights';
export type { KeyInput } from './story-keys';
export { storyKeyAction } from './story-keys';
export type { StoryPlayerAction, StoryPlayerOptions, StoryPlayerState } from './story-player';
export {
  createStoryPlayer,
  currentStoryStep,
  dwellTimeMs,
  STORY_PLAYER_DEFAULTS,
  storyPlayerReducer,
  storyPlayerStatus,
} from './story-player';
export { encodeStoryParam, storyFromJsonText, storyFromUrlParam } from './story-url';
export type { StoryViewInput, StoryViewProblem, StoryViewQuery } from './story-view';
export { STORY_VIEW_FORBIDDEN_PARAMS, storyViewQuery } from './story-view';
