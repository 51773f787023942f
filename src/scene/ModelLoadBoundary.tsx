import { Component, type ReactNode } from 'react';
import { describeModelLoadError } from '../domain/model-contract';

interface ModelLoadBoundaryProps {
  /** The model being loaded, named in the message. */
  url: string;
  /** Called once with a readable message when the model cannot be loaded. */
  onError: (message: string) => void;
  children: ReactNode;
}

/**
 * Catches a model that fails to download or parse, inside the 3D view: reports a readable
 * message and draws nothing, so the canvas, the panels and the link keep working. Give it
 * `key={url}` so a new model starts with a clean slate.
 */
export class ModelLoadBoundary extends Component<ModelLoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError(describeModelLoadError(error, this.props.url));
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
