import { useCallback, useEffect, useState } from 'react';
import { registerTestHook, useViewer, useViewerStoreApi } from '../state';
import { type ModelSource, resolveModelSource } from './model-source';

export interface ModelChoice {
  /** The model to load, or null when the `model=` parameter was refused. */
  url: string | null;
  /** True when it is not the built-in model (so the built-in one can be offered). */
  custom: boolean;
  /** Switch to the built-in model and drop `model=` from the address bar. */
  loadBuiltIn: () => void;
}

/**
 * What tests and the benchmark may do with the model (see state/test-hooks).
 * @internal
 */
export interface ModelSwitchHooks {
  /** Load a model as a `model=` link would ('' for the built-in one). */
  choose: (param: string) => void;
  /** The "load the built-in model" action of the model error panel. */
  loadBuiltIn: () => void;
}

/** The address bar with `model=` set to a value, or dropped for ''. */
function addressWithModel(param: string): string {
  const params = new URLSearchParams(window.location.search);
  if (param === '') params.delete('model');
  else params.set('model', param);
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

/** The model a link asks for (`?model=`), checked against the allowed origins. */
export function useModelSource(builtInUrl: string): ModelChoice {
  const store = useViewerStoreApi();
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
  const choose = useCallback(
    (param: string) => {
      window.history.replaceState(window.history.state, '', addressWithModel(param));
      const next = resolveModelSource(param, window.location.href, builtInUrl);
      if (next.kind !== 'refused') setModelStatus({ phase: 'loading', progress: 0 });
      setSource(next);
    },
    [builtInUrl, setModelStatus],
  );
  const loadBuiltIn = useCallback(() => choose(''), [choose]);
  useEffect(
    () => registerTestHook(store, 'models', { choose, loadBuiltIn } satisfies ModelSwitchHooks),
    [store, choose, loadBuiltIn],
  );
  return {
    url: source.kind === 'refused' ? null : source.url,
    custom: source.kind !== 'built-in',
    loadBuiltIn,
  };
}
