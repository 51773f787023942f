import { describe, expect, it } from 'vitest';
import { MECHANICS_PRESETS } from '../mechanics';
import { nerveRootsQuestion } from './nerve-roots-question';
import { findMotorPointRecord, placePointQuestion } from './place-point-question';
import { quizFeedbackView, quizPrompt, quizQuestionView } from './quiz-view';
import { createRng } from './seeded-random';
import { questionFromPreset } from './which-dysfunction-question';

describe('quiz views and prompts', () => {
  it('hides markers and labels while asking, bares the muscle and frames it', () => {
    const q = placePointQuestion('q', findMotorPointRecord('gluteus-minimus-anterior')!, 'left');
    const view = quizQuestionView(q);
    expect(view).toMatchObject({
      mode: 'quiz',
      labels: false,
      peel: 3,
      point: null,
      selection: null,
    });
    expect(view.markers.shown).toBe(false);
    expect(view.camera).toEqual({ kind: 'preset', preset: 'posterior' });
    const after = quizFeedbackView(q);
    expect(after.point).toBe('gluteus-minimus-anterior:left');
    expect(after.markers).toMatchObject({ shown: true, muscle: 'gluteus-minimus' });
  });

  it('looks at TFL from its side and at the iliopsoas from the front', () => {
    const tfl = placePointQuestion(
      'q',
      findMotorPointRecord('tensor-fasciae-latae-nerve-entry')!,
      'left',
    );
    expect(quizQuestionView(tfl).camera).toEqual({ kind: 'preset', preset: 'left-lateral' });
    expect(quizQuestionView(tfl).peel).toBe(1);
    const psoas = placePointQuestion(
      'q',
      findMotorPointRecord('psoas-major-endplate-zone')!,
      'right',
    );
    expect(quizQuestionView(psoas).camera).toEqual({ kind: 'preset', preset: 'anterior' });
  });

  it('poses the dysfunction without naming the muscle', () => {
    const preset = MECHANICS_PRESETS.find((p) => p.id === 'tight-iliopsoas')!;
    const q = questionFromPreset(createRng(1), 'q', preset, 'left')!;
    const view = quizQuestionView(q);
    expect(view.dysfunction).toEqual(q.dysfunction);
    expect(view.selection).toBeNull();
    expect(view.camera).toEqual({ kind: 'preset', preset: 'left-lateral' });
    expect(quizPrompt(q)).toBe(
      'The model shows how a person stands with a tight muscle, and where the load goes. Which muscle is tight?',
    );
    expect(quizFeedbackView(q).selection).toBe('psoas-major:left');
  });

  it('words the prompts', () => {
    const q = placePointQuestion('q', findMotorPointRecord('piriformis-nerve-entry')!, 'right');
    expect(quizPrompt(q)).toBe(
      'Click on the model where you expect the nerve entry of the piriformis (right side).',
    );
    expect(quizPrompt(nerveRootsQuestion(createRng(1), 'q', 'iliacus')!)).toBe(
      'Which nerve supplies the iliacus, and from which spinal roots?',
    );
  });
});
