import { messages } from '../domain/messages';
import { BUILT_IN_STORIES, suggestStory } from '../domain/stories';
import { VIEW_MODES, type ViewMode } from '../domain/view-state';
import { useViewer } from '../state';

const t = messages.app.modes;

/** Explore, patient or quiz mode; the stories menu; and, for patients, a prominent "explain". */
export function ModeBar() {
  const mode = useViewer((s) => s.view.mode);
  const setMode = useViewer((s) => s.setMode);
  const startStory = useViewer((s) => s.startStory);
  const announce = useViewer((s) => s.announce);
  const dysfunction = useViewer((s) => s.view.dysfunction);
  return (
    <div className="mode-bar">
      <label>
        <span className="visually-hidden">{t.label}</span>
        <select
          value={mode}
          data-action="mode"
          onChange={(e) => {
            const next = e.target.value as ViewMode;
            setMode(next);
            announce(t.announce(t.names[next]));
          }}
        >
          {VIEW_MODES.map((m) => (
            <option key={m} value={m}>
              {t.names[m]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{messages.learning.storyPlayer.chooseStory}</span>
        <select
          value=""
          data-action="stories"
          onChange={(e) => {
            const story = BUILT_IN_STORIES.find((s) => s.id === e.target.value);
            if (story) startStory(story);
          }}
        >
          <option value="">{t.stories}</option>
          {BUILT_IN_STORIES.map((story) => (
            <option key={story.id} value={story.id}>
              {story.title}
            </option>
          ))}
        </select>
      </label>
      {mode === 'patient' && (
        <button
          type="button"
          className="explain"
          data-action="explain"
          onClick={() => startStory(suggestStory({ dysfunction }))}
        >
          {messages.learning.patientMode.explainButton}
        </button>
      )}
    </div>
  );
}
