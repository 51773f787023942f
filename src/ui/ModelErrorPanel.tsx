import { messages } from '../domain/messages';
import { useViewer } from '../state';

export interface ModelErrorPanelProps {
  /** Switch to the built-in model; leave out when the built-in model is the one that failed. */
  onLoadBuiltIn?: () => void;
}

/**
 * Why the model cannot be shown, in words (never markup: the message may quote a link), with a
 * way back to the built-in model. The lists, cards and search keep working around it.
 */
export function ModelErrorPanel({ onLoadBuiltIn }: ModelErrorPanelProps) {
  const model = useViewer((s) => s.model);
  if (model.phase !== 'error') return null;
  return (
    <div
      className="viewer-overlay viewer-error"
      role="alert"
      data-testid="model-error"
      style={{ maxHeight: '65%', overflowY: 'auto' }}
    >
      <h2>{messages.robustness.modelErrorTitle}</h2>
      <p>{model.message}</p>
      {onLoadBuiltIn && (
        <button type="button" onClick={onLoadBuiltIn}>
          {messages.robustness.useBuiltInModel}
        </button>
      )}
    </div>
  );
}
