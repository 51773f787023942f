import { messages } from '../domain/messages';

/** Shown instead of the 3D view when the browser cannot draw WebGL. */
export function WebglFallback({ posterUrl }: { posterUrl: string }) {
  return (
    <div className="viewer-fallback" data-testid="webgl-fallback">
      <img src={posterUrl} alt={messages.app.posterAlt} width={800} height={1000} />
      <div className="viewer-fallback-text" role="note">
        <h2>{messages.app.webglUnavailableTitle}</h2>
        <p>{messages.app.webglUnavailableBody}</p>
      </div>
    </div>
  );
}
