import { describe, expect, it } from 'vitest';
import { BUILT_IN_STORIES } from './built-in-stories';
import { STORY_LIMITS } from './story';
import { encodeStoryParam, storyFromJsonText, storyFromUrlParam } from './story-url';

const SMALL = { id: 'small', title: 'Small', steps: [{ id: 'a', title: 'A', text: 'B' }] };

describe('stories in links', () => {
  it('round-trips every built-in story through the base64url parameter', () => {
    for (const story of BUILT_IN_STORIES) {
      const param = encodeStoryParam(story);
      expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(storyFromUrlParam(param)).toEqual({ ok: true, story });
    }
  });

  it('reads plain JSON and still-percent-encoded JSON', () => {
    const json = JSON.stringify(SMALL);
    expect(storyFromUrlParam(json).ok).toBe(true);
    expect(storyFromUrlParam(encodeURIComponent(json)).ok).toBe(true);
    // As it arrives from a real link: URLSearchParams decodes the value once.
    const params = new URLSearchParams(`story=${encodeURIComponent(json)}`);
    expect(storyFromUrlParam(params.get('story') ?? '').ok).toBe(true);
  });

  it('explains values it cannot read', () => {
    const notEncoded = storyFromUrlParam('hello world!');
    expect(notEncoded.ok).toBe(false);
    if (!notEncoded.ok) expect(notEncoded.errors[0]?.message).toContain('base64url');
    const badJson = storyFromJsonText('{"id": ');
    expect(badJson.ok).toBe(false);
    if (!badJson.ok)
      expect(badJson.errors[0]?.message).toMatch(/^story: the text is not valid JSON/);
    const badPercent = storyFromUrlParam('%7B%E0%A4%A');
    expect(badPercent.ok).toBe(false);
  });

  it('refuses an oversized value before parsing it', () => {
    const huge = `{"id":"x","title":"${'x'.repeat(STORY_LIMITS.maxJsonChars)}"}`;
    const result = storyFromUrlParam(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toContain('the most allowed is');
    expect(storyFromUrlParam('A'.repeat(STORY_LIMITS.maxJsonChars * 5)).ok).toBe(false);
  });

  it('passes validation errors through with step and field', () => {
    const bad = { ...SMALL, steps: [{ id: 'a', title: 'A', text: 'B', camera: 'sideways' }] };
    const result = storyFromUrlParam(encodeStoryParam(bad as never));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ step: 1, field: 'camera' });
  });
});
