import { Component, type ErrorInfo, type ReactNode } from 'react';
import { messages } from '../domain/messages';

interface Props {
  children: ReactNode;
  /** Called once with the message shown, e.g. to announce it. */
  onError?: (message: string) => void;
  /** Called before "Try again" renders the view again (e.g. to forget failed downloads). */
  onRetry?: () => void;
  /** True when the page already handles what went wrong (nothing is shown or reported here). */
  handledElsewhere?: () => boolean;
}

interface State {
  error: Error | null;
}

/** Keeps a failure of the 3D view inside the view: the panels and the link keep working. */
export class ViewerErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, _info: ErrorInfo) {
    if (this.props.handledElsewhere?.()) return;
    this.props.onError?.(error.message);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (this.props.handledElsewhere?.()) return null;
    return (
      <div className="viewer-overlay viewer-error" role="alert">
        <h2>{messages.app.viewerErrorTitle}</h2>
        <p>{messages.app.viewerErrorBody(error.message)}</p>
        <button
          type="button"
          onClick={() => {
            this.props.onRetry?.();
            this.setState({ error: null });
          }}
        >
          {messages.app.retry}
        </button>
      </div>
    );
  }
}
