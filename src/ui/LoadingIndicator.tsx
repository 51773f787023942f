import { messages } from '../domain/messages';
import { useViewer } from '../state';

/** Progress while the model downloads; takes no layout space of its own. */
export function LoadingIndicator() {
  const model = useViewer((s) => s.model);
  if (model.phase !== 'loading') return null;
  const percent = Math.round(model.progress * 100);
  return (
    <div className="viewer-overlay" data-testid="loading">
      <p>{percent > 0 ? messages.app.loadingProgress(percent) : messages.app.loadingModel}</p>
      <progress max={100} value={percent} aria-label={messages.app.loadingModel} />
    </div>
  );
}
