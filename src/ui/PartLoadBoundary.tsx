import { Component, type ErrorInfo, type ReactNode } from 'react';
import { messages } from '../domain/messages';

interface Props {
  children: ReactNode;
  /** Forget failed downloads, so "Try again" fetches the code again. */
  onRetry: () => void;
}

interface State {
  failed: boolean;
}

/**
 * Keeps a panel, card or player whose code failed to download (offline, a deploy that removed
 * the old files, a 404) inside its own place: a readable message and a retry, while the rest of
 * the app keeps working. Without it the failure reaches the root and React unmounts everything.
 */
export class PartLoadBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo) {
    // Handled here; logged for the developer, not thrown to the page.
    console.warn('A part of the app could not be loaded:', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice-inline part-load-error" role="alert" data-testid="part-load-error">
        <p>
          <strong>{messages.app.partLoadFailedTitle}</strong>
        </p>
        <p>{messages.app.partLoadFailedBody}</p>
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              this.props.onRetry();
              this.setState({ failed: false });
            }}
          >
            {messages.app.retry}
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            {messages.app.reloadPage}
          </button>
        </div>
      </div>
    );
  }
}
