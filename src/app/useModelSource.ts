import { useCallback, useEffect, useState } from 'react';
import { useViewer } from '../state';
import { type ModelSource, resolveModelSource } from './model-source';

export interface ModelChoice {
  /** The model to load, or null when the `model=` parameter was refused. */
  url: string | null;
  /** True when it is not the built-in model (so the built-in one can be offered). */
  custom: boolean;
  /** Switch to the built-in model and drop `model=` from the address bar. */
  loadBuiltIn: () => void;
}

/** The model a link asks for (`?model=`), checked against the allowed origins. */
export function useModelSource(builtInUrl: string): ModelChoice {
  const setModelStatus = useViewer((s) => s.setModelStatus);
  const [source, setSource] = useState<ModelSource>(() =>
    resolveModelSource(
      new URLSearchParams(window.location.search).get('model'),
      window.location.href,
      builtInUrl,
    ),
  );
  useEffect(() => {
    if (source.kind === 'refused') setModelStatus({ phase: 'error', message: source.problem });
  }, [source, setModelStatus]);
  const loadBuiltIn = useCallback(() => {
    const params = new URLSearchParams(window.location.search);
    params.delete('model');
    const query = params.toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
    setModelStatus({ phase: 'loading', progress: 0 });
    setSource({ kind: 'built-in', url: builtInUrl });
  }, [builtInUrl, setModelStatus]);
  return {
    url: source.kind === 'refused' ? null : source.url,
    custom: source.kind !== 'built-in',
    loadBuiltIn,
  };
}
