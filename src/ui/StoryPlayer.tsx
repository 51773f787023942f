import { type KeyboardEvent, useEffect, useRef } from 'react';
import { messages } from '../domain/messages';
import {
  applyStoryStep,
  currentStoryStep,
  storyKeyAction,
  storyPlayerStatus,
} from '../domain/stories';
import { useViewer, useViewerStoreApi } from '../state';

const t = messages.learning.storyPlayer;
/** How often autoplay advances its clock. */
const TICK_MS = 250;

/**
 * The guided story player: one step at a time, each setting the view (layers, selection,
 * camera, mechanics); next, back, autoplay and keyboard control; speaks each step.
 */
export function StoryPlayer() {
  const store = useViewerStoreApi();
  const story = useViewer((s) => s.story);
  const storyAction = useViewer((s) => s.storyAction);
  const closeStory = useViewer((s) => s.closeStory);
  const announce = useViewer((s) => s.announce);
  const regionRef = useRef<HTMLElement>(null);
  const step = story ? currentStoryStep(story.story, story.player) : undefined;
  const index = story?.player.index ?? -1;

  const storyObject = story?.story ?? null;
  const stepCount = story?.player.stepCount ?? 0;
  // Each step sets the view it describes (the viewer's mode is kept); autoplay ticks do not.
  useEffect(() => {
    const current = storyObject?.steps[index];
    if (!current) return;
    const { view, applyView } = store.getState();
    applyView(applyStoryStep(view, current));
    announce(t.announceStep(index + 1, stepCount, current.title));
  }, [storyObject, index, stepCount, store, announce]);

  // Focus the player when a story starts, so the keys work at once.
  useEffect(() => {
    if (storyObject) regionRef.current?.focus();
  }, [storyObject]);

  const autoplay = story?.player.autoplay ?? false;
  useEffect(() => {
    if (!autoplay) return;
    const id = window.setInterval(() => storyAction({ type: 'tick', elapsedMs: TICK_MS }), TICK_MS);
    return () => window.clearInterval(id);
  }, [autoplay, storyAction]);

  if (!story || !step) return null;
  const status = storyPlayerStatus(story.player);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const action = storyKeyAction(event);
    if (!action) return;
    event.preventDefault();
    storyAction(action);
  };

  return (
    <section
      ref={regionRef}
      className="story-player"
      aria-label={t.regionLabel}
      aria-describedby="story-keys"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-testid="story-player"
    >
      <p className="story-meta">
        <span>{story.story.title}</span> ·{' '}
        <span>{t.stepOf(index + 1, story.player.stepCount)}</span>
      </p>
      <h2>{step.title}</h2>
      <p className="story-text">{step.text}</p>
      <div className="story-controls">
        <button
          type="button"
          onClick={() => storyAction({ type: 'back' })}
          disabled={!status.canBack}
        >
          {t.back}
        </button>
        {status.isLast ? (
          <button type="button" data-action="story-finish" onClick={() => closeStory()}>
            {t.finish}
          </button>
        ) : (
          <button
            type="button"
            data-action="story-next"
            onClick={() => storyAction({ type: 'next' })}
          >
            {t.next}
          </button>
        )}
        <button
          type="button"
          aria-pressed={autoplay}
          onClick={() => storyAction({ type: 'toggleAutoplay' })}
        >
          {autoplay ? t.pause : t.play}
        </button>
        <button type="button" onClick={() => closeStory()} aria-label={t.close}>
          ×
        </button>
      </div>
      <p id="story-keys" className="visually-hidden">
        {t.keyboardHelp}
      </p>
      {status.isLast && <p className="muted small">{t.ended}</p>}
    </section>
  );
}
