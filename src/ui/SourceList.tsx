import { messages } from '../domain/messages';

export interface SourceLink {
  title: string;
  url: string | null;
  detail?: string;
}

/** Sources as links that open in a new tab; a printed source without a link is plain text. */
export function SourceList({ sources }: { sources: readonly SourceLink[] }) {
  return (
    <ul className="sources">
      {sources.map((source) => (
        <li key={`${source.title}-${source.url ?? ''}`}>
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
          ) : (
            <span>
              {source.title} <span className="muted">({messages.anatomy.sourceNoLink})</span>
            </span>
          )}
          {source.detail ? <span className="muted"> — {source.detail}</span> : null}
        </li>
      ))}
    </ul>
  );
}
