import { messages } from '../domain/messages';

/**
 * On a small screen the 3D model (about 0.7 MB and a few seconds of work on a phone) loads when
 * the user asks; until then the still picture and every list, card and search work.
 */
export function PosterGate({ posterUrl, onLoad }: { posterUrl: string; onLoad: () => void }) {
  return (
    <div className="viewer-fallback poster-gate" data-testid="poster-gate">
      <img src={posterUrl} alt={messages.app.posterAlt} width={800} height={1000} />
      <button type="button" className="load-3d" data-action="load-3d" onClick={onLoad}>
        {messages.app.load3d}
      </button>
    </div>
  );
}
