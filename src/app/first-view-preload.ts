/**
 * Whether the page may fetch the first-view model (`hip-first.glb`) as soon as the shell runs,
 * in parallel with the app and the 3D view's code, instead of after them (the model would
 * otherwise be requested only once the 3D view has started). Only when the app will start the
 * 3D view at once (not on phones, where the still picture waits for "Show the 3D model") and
 * the link certainly opens with the first-view file: a link with other parameters (layers
 * shown, a fitted body, another model, a plan or story) may need the complete file instead,
 * and a preloaded file nobody reads would be a wasted download. The viewer's own fetch of the
 * same address then takes the preloaded response (same URL, same CORS mode and credentials).
 */

/** Link parameters that never make the viewer start from the complete model. */
const FIRST_VIEW_SAFE_PARAMS: ReadonlySet<string> = new Set([
  'lang',
  'ui',
  'cam',
  'mode',
  'labels',
  'pins',
  'markers',
  'xray',
  'types',
  'conf',
  'pmuscle',
  'preset',
  'stance',
  'dys',
  'task',
  'comp',
  'strength',
  'cane',
]);

export function shouldPreloadFirstViewModel(search: string, smallScreen: boolean): boolean {
  if (smallScreen) return false;
  for (const key of new URLSearchParams(search).keys()) {
    if (!FIRST_VIEW_SAFE_PARAMS.has(key)) return false;
  }
  return true;
}

/** Adds `<link rel="preload" as="fetch" crossorigin>` for `url` to the document head. */
export function preloadModel(url: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // The viewer fetches with the default CORS mode and same-origin credentials: this matches it.
  link.crossOrigin = 'anonymous';
  link.href = url;
  document.head.append(link);
}
