import { describe, expect, it } from 'vitest';
import { STRUCTURES } from '../anatomy';
import { simulate, simulateBaseline } from '../mechanics';
import {
  defaultViewState,
  effectiveVisibility,
  parseViewParams,
  toMechanicsInput,
} from '../view-state';
import { applyStoryStep } from './apply-story-step';
import { BUILT_IN_STORIES, findBuiltInStory, suggestStory } from './built-in-stories';
import { parseStory } from './parse-story';
import { storyStepHighlights } from './story-highlights';

function stepView(storyId: string, stepId: string) {
  const story = findBuiltInStory(storyId);
  const step = story?.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${storyId}/${stepId}`);
  return applyStoryStep(defaultViewState(), step);
}

function storyText(storyId: string, stepId: string): string {
  const step = findBuiltInStory(storyId)?.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${storyId}/${stepId}`);
  return step.text;
}

describe('built-in stories', () => {
  it('has the three required stories, 5 to 8 steps each, with unique ids', () => {
    expect(BUILT_IN_STORIES.map((s) => s.id)).toEqual([
      'weak-gluteus-medius',
      'tight-iliopsoas',
      'hip-motor-points',
    ]);
    for (const story of BUILT_IN_STORIES) {
      expect(story.steps.length, story.id).toBeGreaterThanOrEqual(5);
      expect(story.steps.length, story.id).toBeLessThanOrEqual(8);
      expect(new Set(story.steps.map((s) => s.id)).size).toBe(story.steps.length);
    }
  });

  it('is valid story JSON: parsing its JSON gives the same story', () => {
    for (const story of BUILT_IN_STORIES) {
      expect(parseStory(JSON.parse(JSON.stringify(story)))).toEqual({ ok: true, story });
    }
  });

  it('gives every step a camera and something for the 3D view to show', () => {
    for (const story of BUILT_IN_STORIES) {
      for (const step of story.steps) {
        expect(step.camera, `${story.id}/${step.id}`).toBeDefined();
        expect(step.highlights?.length ?? 0, `${story.id}/${step.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('never hides what a step highlights', () => {
    for (const story of BUILT_IN_STORIES) {
      for (const step of story.steps) {
        const view = applyStoryStep(defaultViewState(), step);
        for (const key of storyStepHighlights(step).structures) {
          const structure = STRUCTURES.find((s) => `${s.id}:${s.side}` === key);
          expect(structure, key).toBeDefined();
          expect(effectiveVisibility(view, structure!), `${story.id}/${step.id} ${key}`).not.toBe(
            'hidden',
          );
        }
        if (view.point) expect(view.markers.shown, `${story.id}/${step.id}`).toBe(true);
      }
    }
  });

  it('writes plainly: short sentences, no step over 400 characters', () => {
    for (const story of BUILT_IN_STORIES) {
      for (const step of story.steps) {
        expect(step.text.length, `${story.id}/${step.id}`).toBeLessThanOrEqual(400);
        const sentences = step.text.split(/(?<=[.!?])\s+/);
        const words = step.text.split(/\s+/).length;
        expect(words / sentences.length, `${story.id}/${step.id}`).toBeLessThanOrEqual(22);
      }
    }
  });

  it('keeps a patient in patient mode through every step', () => {
    const base = parseViewParams('mode=patient').state;
    for (const story of BUILT_IN_STORIES) {
      for (const step of story.steps) expect(applyStoryStep(base, step).mode).toBe('patient');
    }
  });

  describe('the mechanics shown match what the text says', () => {
    const run = (storyId: string, stepId: string) =>
      simulate(toMechanicsInput(stepView(storyId, stepId).dysfunction));

    it('weak gluteus medius: half the strength gone changes nothing (Kendall 2013)', () => {
      const result = run('weak-gluteus-medius', 'strength-to-spare');
      expect(result.posture.pelvicDropDeg).toBe(0);
      expect(result.flags.map((f) => f.id)).toContain('weakness-covered');
    });

    it('weak gluteus medius: the pelvis drops on the lifted side and the inner knee load rises', () => {
      const view = stepView('weak-gluteus-medius', 'pelvis-drops');
      expect(view.dysfunction.stanceSide).toBe('right');
      expect(run('weak-gluteus-medius', 'pelvis-drops').posture.pelvicDropDeg).toBeGreaterThan(5);
      // The knee step is the moderate, measured case: about 4° of drop, not a complete palsy.
      const result = run('weak-gluteus-medius', 'knee-load');
      expect(result.posture.pelvicDropDeg).toBeGreaterThan(3.5);
      expect(result.posture.pelvicDropDeg).toBeLessThan(4.5);
      expect(result.change.kneeAdductionMomentPct).toBeGreaterThan(20);
      expect(result.change.kneeAdductionMomentPct).toBeLessThan(38);
      expect(result.flags.map((f) => f.id)).not.toContain('centre-of-pressure-outside-foot');
    });

    it('weak gluteus medius: leaning over loads the lower back in side bending', () => {
      const result = run('weak-gluteus-medius', 'leaning-over');
      expect(result.loads.l5s1SideBendingMomentNmPerKg).toBeGreaterThan(0.3);
      expect(result.change.l5s1CompressionWithSideBendingPct).toBeGreaterThan(50);
    });

    it('tight iliopsoas: the text says the pelvis tilts only when the loss exceeds the reserve', () => {
      const text = storyText('tight-iliopsoas', 'standing-tall');
      expect(text).toMatch(/10.20°/);
      expect(text).not.toMatch(/at their longest/);
    });

    it('weak gluteus medius: the lean spares the inner knee; the cane takes work off the abductors', () => {
      expect(run('weak-gluteus-medius', 'leaning-over').change.kneeAdductionMomentPct).toBeLessThan(
        0,
      );
      expect(run('weak-gluteus-medius', 'what-helps').change.abductorForcePct).toBeLessThan(-30);
    });

    it('tight iliopsoas: the pelvis tips forward, the lordosis deepens and L5/S1 shear rises', () => {
      const base = simulateBaseline(
        toMechanicsInput(stepView('tight-iliopsoas', 'standing-tall').dysfunction),
      );
      const result = run('tight-iliopsoas', 'hollow-back');
      expect(result.posture.anteriorPelvicTiltChangeDeg).toBeGreaterThan(
        base.posture.anteriorPelvicTiltChangeDeg,
      );
      expect(result.posture.lumbarLordosisChangeDeg).toBeGreaterThan(0);
      expect(result.change.l5s1ShearPct).toBeGreaterThan(0);
    });
  });

  it('suggests the story that fits the view', () => {
    expect(suggestStory(parseViewParams('preset=tight-iliopsoas').state).id).toBe(
      'tight-iliopsoas',
    );
    expect(suggestStory(parseViewParams('preset=trendelenburg').state).id).toBe(
      'weak-gluteus-medius',
    );
    expect(suggestStory(defaultViewState()).id).toBe('hip-motor-points');
  });
});
