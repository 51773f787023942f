import { learning } from '../messages/en/learning';
import { decodeBase64Url, encodeBase64Url } from '../session-plan/url-safe-text';
import { type ParseStoryResult, parseStory } from './parse-story';
import { STORY_LIMITS, type Story } from './story';

function failure(message: string): ParseStoryResult {
  return { ok: false, errors: [{ step: null, field: '', message }] };
}

/**
 * Read a story from JSON text (an embed command or a fetched file). The text is size-limited
 * before it is parsed, so a huge value costs nothing.
 * @internal
 */
export function storyFromJsonText(text: string): ParseStoryResult {
  const t = learning.storyErrors;
  if (text.length > STORY_LIMITS.maxJsonChars) {
    return failure(t.tooLarge(text.length, STORY_LIMITS.maxJsonChars));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failure(t.notJson(error instanceof Error ? error.message : String(error)));
  }
  return parseStory(json);
}

/**
 * Read the `story` URL parameter (its value as `URLSearchParams.get` returns it): JSON, JSON that
 * is still percent-encoded, or base64url-encoded JSON (what `encodeStoryParam` writes).
 */
export function storyFromUrlParam(value: string): ParseStoryResult {
  const t = learning.storyErrors;
  const trimmed = value.trim();
  // Percent-encoding can triple JSON text (base64url only adds a third); anything longer than
  // that cannot hold an allowed story, so it is refused before any decoding.
  const maxParamChars = STORY_LIMITS.maxJsonChars * 3;
  if (trimmed.length > maxParamChars) {
    return failure(t.tooLarge(trimmed.length, STORY_LIMITS.maxJsonChars));
  }
  if (trimmed.startsWith('{')) return storyFromJsonText(trimmed);
  if (/^%7b/i.test(trimmed)) {
    try {
      return storyFromJsonText(decodeURIComponent(trimmed));
    } catch {
      return failure(t.badEncoding);
    }
  }
  const decoded = decodeBase64Url(trimmed);
  if (decoded === undefined || !decoded.trimStart().startsWith('{')) return failure(t.badEncoding);
  return storyFromJsonText(decoded);
}

/**
 * A story as a compact `story` URL parameter value (base64url of its JSON).
 * @internal
 */
export function encodeStoryParam(story: Story): string {
  return encodeBase64Url(JSON.stringify(story));
}
