import { describe, expect, it } from 'vitest';
import { buildStatement, type LearnerContext, learnerProblem } from './xapi';

const learner: LearnerContext = {
  actor: { name: 'Ana', mbox: 'mailto:ana@school.example' },
  activityId: 'https://school.example/hip/lesson-3',
  registration: '6d3b7a52-2c1e-4d7e-9d6c-0a8f1e2b3c4d',
};
const now = new Date('2026-12-07T10:00:00Z');

describe('xAPI statements', () => {
  it('sends nothing without a learner from the host', () => {
    expect(buildStatement({ kind: 'plan-viewed', pointCount: 2 }, null, now)).toBeNull();
  });

  it('scores an answered question with the response and the host ids', () => {
    const statement = buildStatement(
      {
        kind: 'question-answered',
        questionId: 'q2',
        questionKind: 'nerve-roots',
        response: 'superior-gluteal',
        points: 10,
        maxPoints: 10,
        correct: true,
      },
      learner,
      now,
    );
    expect(statement?.actor).toEqual(learner.actor);
    expect(statement?.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(statement?.object.id).toBe('https://school.example/hip/lesson-3/quiz/q2');
    expect(statement?.result).toEqual({
      score: { raw: 10, min: 0, max: 10, scaled: 1 },
      success: true,
      completion: true,
      response: 'superior-gluteal',
    });
    expect(statement?.context.registration).toBe(learner.registration);
    expect(statement?.context.contextActivities.parent[0]?.id).toBe(learner.activityId);
    expect(statement?.timestamp).toBe('2026-12-07T10:00:00.000Z');
  });

  it('gives a completed round a scaled score between 0 and 1', () => {
    const statement = buildStatement(
      { kind: 'quiz-completed', points: 17, maxPoints: 30, questionCount: 3, answered: 3 },
      learner,
      now,
    );
    expect(statement?.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(statement?.result?.score).toEqual({ raw: 17, min: 0, max: 30, scaled: 0.5667 });
    expect(statement?.result?.completion).toBe(true);
  });

  it('names stories and plans under the host activity', () => {
    const story = buildStatement(
      { kind: 'story-completed', storyId: 'trendelenburg', title: 'Why the pelvis drops' },
      learner,
      now,
    );
    expect(story?.object.id).toBe('https://school.example/hip/lesson-3/story/trendelenburg');
    const plan = buildStatement({ kind: 'plan-viewed', pointCount: 3 }, learner, now);
    expect(plan?.verb.id).toBe('http://adlnet.gov/expapi/verbs/experienced');
  });
});

describe('learnerProblem', () => {
  it('accepts an Agent with one identifier', () => {
    expect(learnerProblem(learner)).toBeNull();
    expect(
      learnerProblem({
        actor: { account: { homePage: 'https://lms.example', name: '42' } },
        activityId: 'urn:school:hip',
      }),
    ).toBeNull();
  });

  it('names what is wrong', () => {
    expect(learnerProblem({ actor: { mbox: 'ana' }, activityId: learner.activityId })).toMatch(
      /exactly one valid identifier/,
    );
    expect(learnerProblem({ actor: learner.actor, activityId: 'lesson-3' })).toMatch(
      /absolute IRI/,
    );
    expect(
      learnerProblem({ actor: learner.actor, activityId: learner.activityId, registration: 'x' }),
    ).toMatch(/UUID/);
    expect(
      learnerProblem({ actor: { mbox: 'mailto:a@b.c', email: 1 }, activityId: learner.activityId }),
    ).toMatch(/not "email"/);
  });
});
