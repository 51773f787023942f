import { Component, type ReactNode } from 'react';

interface LoadBoundaryProps {
  /** Called once with what went wrong, to say so (a readable message, an announcement). */
  onError: (error: unknown) => void;
  children: ReactNode;
}

/**
 * Catches a part of the 3D view that fails to download or parse (a model, the overlays' code):
 * reports it and draws nothing, so the canvas, the panels and the link keep working. Give it a
 * `key` (the model's URL) so a new model starts with a clean slate.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
