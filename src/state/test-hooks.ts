/**
 * Whether the page asked for the test hooks (`window.__hipViewerProbe`, `__hipViewerDebug`):
 * the end-to-end tests and the benchmark set `window.__hipViewerTestHooks = true` before the app
 * starts. An ordinary visit gets no hooks on `window`.
 */
export function testHooksEnabled(): boolean {
  return (
    typeof window !== 'undefined' &&
    (window as { __hipViewerTestHooks?: unknown }).__hipViewerTestHooks === true
  );
}

/**
 * A named point of the start-up (`performance.mark('hip:<stage>')`) for the benchmark's stage
 * table; only in pages that asked for the test hooks, and only the first time per stage.
 */
export function markStage(stage: string): void {
  if (!testHooksEnabled() || typeof performance === 'undefined') return;
  const name = `hip:${stage}`;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
