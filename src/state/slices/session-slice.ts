import type { LearningRecord } from '../../domain/learning-records';
import { createStoryPlayer, storyPlayerReducer } from '../../domain/stories/story-player';
import type { SessionSlice, SliceCreator } from '../viewer-types';

/** The clinician's plan, the guided story, the learner and their records. */
export const createSessionSlice: SliceCreator<SessionSlice> = (set) => ({
  sessionPlan: { points: [], note: '' },
  sessionPlanFromLink: false,
  planNotices: [],
  exerciseFocus: null,
  story: null,
  learner: null,
  learningRecord: null,
  quizRoundRunning: false,

  setSessionPlan(sessionPlan, options = {}) {
    set(
      options.fromLink === undefined
        ? { sessionPlan }
        : { sessionPlan, sessionPlanFromLink: options.fromLink },
    );
  },
  setPlanNotices: (planNotices) => set({ planNotices }),
  setExerciseFocus: (exerciseFocus) => set({ exerciseFocus }),
  startStory: (story) => set({ story: { story, player: createStoryPlayer(story) } }),
  storyAction(action) {
    set((state) => {
      if (!state.story) return {};
      const player = storyPlayerReducer(state.story.player, action);
      const story = player.ended ? null : { story: state.story.story, player };
      // Reaching the last step completes a story (for the host's learning records).
      const reachedEnd =
        !player.ended &&
        player.index === player.stepCount - 1 &&
        state.story.player.index !== player.index;
      if (!reachedEnd) return { story };
      const record: LearningRecord = {
        kind: 'story-completed',
        storyId: state.story.story.id,
        title: state.story.story.title,
      };
      return {
        story,
        learningRecord: { record, seq: (state.learningRecord?.seq ?? 0) + 1 },
      };
    });
  },
  closeStory: () => set({ story: null }),
  setLearner: (learner) => set({ learner }),
  recordLearning(record) {
    set((state) => ({
      learningRecord: { record, seq: (state.learningRecord?.seq ?? 0) + 1 },
    }));
  },
  setQuizRoundRunning: (quizRoundRunning) => set({ quizRoundRunning }),
});
