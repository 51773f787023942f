import { storyFromUrlParam } from '../domain/stories';
import type { ParamNotice } from '../domain/view-state';
import type { ViewerStore } from '../state';

/**
 * A site can pass its own story in the link (`story=`, URL-encoded or base64url JSON). A valid
 * story starts playing; an invalid one becomes a notice that names the bad step and field.
 */
export function startStoryFromLink(store: ViewerStore, search: string): ParamNotice[] {
  const value = new URLSearchParams(search).get('story');
  if (value === null) return [];
  const parsed = storyFromUrlParam(value);
  if (parsed.ok) {
    store.getState().startStory(parsed.story);
    return [];
  }
  return parsed.errors.map((error) => ({
    param: 'story',
    value: value.slice(0, 40),
    problem: 'invalid-content' as const,
    detail: error.message,
  }));
}
