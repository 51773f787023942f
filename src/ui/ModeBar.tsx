import { messages } from '../domain/messages';
import { VIEW_MODES, type ViewMode } from '../domain/view-state';
import { useViewer, useViewerStoreApi } from '../state';

const t = messages.app.modes;
/** Built-in stories by id; their text (and the story code) loads when one is chosen. */
const STORY_IDS = Object.keys(
  messages.learning.stories,
) as (keyof typeof messages.learning.stories)[];

/** Explore, patient or quiz mode; the stories menu; and, for patients, a prominent "explain". */
export function ModeBar() {
  const store = useViewerStoreApi();
  const mode = useViewer((s) => s.view.mode);
  const setMode = useViewer((s) => s.setMode);
  const announce = useViewer((s) => s.announce);
  const play = (id: string | null) => {
    void import('../domain/stories').then((stories) => {
      const story = id ? stories.findBuiltInStory(id) : stories.suggestStory(store.getState().view);
      if (story) store.getState().startStory(story);
    });
  };
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
          onChange={(e) => e.target.value && play(e.target.value)}
        >
          <option value="">{t.stories}</option>
          {STORY_IDS.map((id) => (
            <option key={id} value={id}>
              {messages.learning.stories[id].title}
            </option>
          ))}
        </select>
      </label>
      {mode === 'patient' && (
        <button type="button" className="explain" data-action="explain" onClick={() => play(null)}>
          {messages.learning.patientMode.explainButton}
        </button>
      )}
    </div>
  );
}
