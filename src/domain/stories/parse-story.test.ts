import { describe, expect, it } from 'vitest';
import { formatStoryErrors, parseStory } from './parse-story';
import { STORY_LIMITS } from './story';

function story(steps: unknown[], extra: Record<string, unknown> = {}) {
  return {
    id: 'my-story',
    title: 'My story',
    summary: 'A test.',
    audience: 'student',
    steps,
    ...extra,
  };
}

const STEP = { id: 'one', title: 'First', text: 'Hello.' };

describe('parseStory', () => {
  it('accepts a minimal story and fills in the optional fields', () => {
    const result = parseStory({ id: 'tiny', title: 'Tiny', steps: [STEP] });
    expect(result).toEqual({
      ok: true,
      story: { id: 'tiny', title: 'Tiny', summary: '', audience: 'general', steps: [STEP] },
    });
  });

  it('normalises view objects, cameras, highlights and points', () => {
    const result = parseStory(
      story([
        {
          id: 'full',
          title: ' Full step ',
          text: 'All fields.',
          view: { peel: 1, ghost: ['superficial', 'piriformis:left'], labels: true },
          camera: { position: [0.5, 1, 2], target: [0, 1, 0] },
          highlights: ['gluteus-medius', 'sacrum', 'piriformis-nerve-entry:left'],
          mechanicsPreset: 'trendelenburg',
          point: 'piriformis-nerve-entry',
        },
        {
          id: 'two',
          title: 'Two',
          text: 'Preset camera.',
          camera: 'posterior',
          view: '?cam=superior',
        },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second] = result.story.steps;
    expect(first).toEqual({
      id: 'full',
      title: 'Full step',
      text: 'All fields.',
      view: 'peel=1&ghost=superficial%2Cpiriformis%3Aleft&labels=1',
      camera: { kind: 'custom', position: [0.5, 1, 2], target: [0, 1, 0] },
      highlights: [
        'gluteus-medius:left',
        'gluteus-medius:right',
        'sacrum:midline',
        'piriformis-nerve-entry:left',
      ],
      mechanicsPreset: 'trendelenburg',
      point: 'piriformis-nerve-entry:right',
    });
    expect(second).toEqual({
      id: 'two',
      title: 'Two',
      text: 'Preset camera.',
      view: 'cam=superior',
      camera: { kind: 'preset', preset: 'posterior' },
    });
  });

  it('names the step (1-based, with its title) and the field of a bad camera', () => {
    const result = parseStory(
      story([
        STEP,
        STEP,
        { id: 'three', title: 'Where the pelvis drops', text: 'x', camera: 'sideways' },
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const ids = result.errors.map((e) => [e.step, e.field]);
    expect(ids).toContainEqual([3, 'camera']);
    const camera = result.errors.find((e) => e.field === 'camera');
    expect(camera?.message).toBe(
      'story: step 3 ("Where the pelvis drops"), field "camera": "sideways" is not a camera preset; use one of anterior, posterior, left-lateral, right-lateral, superior, or { "position": [x, y, z], "target": [x, y, z] } in metres',
    );
    // The repeated step id is reported on step 2.
    expect(ids).toContainEqual([2, 'id']);
  });

  it('reports every bad field of a step, each with a fix', () => {
    const result = parseStory(
      story([
        {
          id: 'Bad Id',
          title: 'Broken',
          text: 42,
          view: 'peel=9&mode=patient&foo=1&hide=bogus-muscle&story=x',
          camera: { position: [0, 0, 0], target: [0, 0, 0] },
          highlights: ['nope', 'gluteus-medius:upside'],
          mechanicsPreset: 'sideways-hip',
          point: 'nowhere:left',
          colour: 'red',
        },
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.every((e) => e.step === 1)).toBe(true);
    expect(result.errors.map((e) => e.field).sort()).toEqual(
      [
        'colour',
        'id',
        'text',
        'view.mode',
        'view.story',
        'view.peel',
        'view.foo',
        'view.hide',
        'camera',
        'highlights[0]',
        'highlights[1]',
        'mechanicsPreset',
        'point',
      ].sort(),
    );
    const text = formatStoryErrors(result.errors);
    expect(text).toContain(
      'field "view.hide": setting "hide" names something the viewer does not know: "bogus-muscle"',
    );
    expect(text).toContain(
      'field "mechanicsPreset": "sideways-hip" is not a mechanics preset; use one of',
    );
    expect(text).toContain('field "id": "Bad Id" is not a valid id');
    expect(text).toContain('field "colour": is not a story field');
  });

  it('reports story-level problems with a null step', () => {
    const result = parseStory({ title: 7, audience: 'aliens', steps: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.step, e.field])).toEqual([
      [null, 'id'],
      [null, 'title'],
      [null, 'audience'],
      [null, 'steps'],
    ]);
    expect(result.errors[0]?.message).toBe('story: field "id": is missing');
  });

  it('rejects what is not an object', () => {
    for (const value of [null, 'story', 3, [STEP]]) {
      const result = parseStory(value);
      expect(result.ok).toBe(false);
    }
  });

  describe('limits against hostile stories', () => {
    it('refuses too many steps without reading them', () => {
      const steps = Array.from({ length: STORY_LIMITS.maxSteps + 1 }, (_, i) => ({
        ...STEP,
        id: `s${i}`,
      }));
      const result = parseStory(story(steps));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.message).toContain(`has ${STORY_LIMITS.maxSteps + 1} steps`);
    });

    it('refuses over-long text and shortens a long title in the message', () => {
      const title = 'T'.repeat(100);
      const result = parseStory(
        story([{ id: 'long', title, text: 'x'.repeat(STORY_LIMITS.maxTextChars + 1) }]),
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors[0]?.field).toBe('text');
      expect(result.errors[0]?.message).toContain(
        `is ${STORY_LIMITS.maxTextChars + 1} characters long`,
      );
      expect(result.errors[0]?.message).toContain(`("${'T'.repeat(39)}…")`);
    });

    it('stops listing after the error limit', () => {
      const steps = Array.from({ length: STORY_LIMITS.maxSteps }, (_, i) => ({
        id: `s${i}`,
        title: 'x',
        text: 'y',
        camera: 'nowhere',
        point: 'nothing',
      }));
      const result = parseStory(story(steps));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toHaveLength(STORY_LIMITS.maxErrors + 1);
      expect(result.errors.at(-1)?.message).toContain('more problems were found');
    });

    it('ignores inherited properties and does not pollute prototypes', () => {
      const hostile = JSON.parse(
        '{"id":"h","title":"H","steps":[{"id":"a","title":"A","text":"B","__proto__":{"camera":"nowhere"}}]}',
      );
      const result = parseStory(hostile);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((e) => e.field)).toEqual(['__proto__']);
      expect(({} as Record<string, unknown>).camera).toBeUndefined();
    });

    it('refuses an over-long view and too many highlights', () => {
      const result = parseStory(
        story([
          {
            ...STEP,
            view: `hide=${'gluteus-medius,'.repeat(80)}`,
            highlights: Array.from({ length: STORY_LIMITS.maxHighlights + 1 }, () => 'sacrum'),
          },
        ]),
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((e) => e.field)).toEqual(['view', 'highlights']);
    });
  });
});
