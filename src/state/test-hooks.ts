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
