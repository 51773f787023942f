import type { Loader } from 'three';

type LoadFunction = (
  url: string,
  onLoad: (data: unknown) => void,
  onProgress?: (event: ProgressEvent) => void,
  onError?: (error: unknown) => void,
) => void;

/**
 * Report byte progress of a loader's requests. drei's useGLTF hands us the loader before it
 * loads; wrapping `load` forwards every progress event to `onProgress` as a fraction 0..1.
 */
export function trackLoadProgress(loader: Loader, onProgress: (fraction: number) => void): void {
  const target = loader as unknown as { load: LoadFunction; __progressTracked?: boolean };
  if (target.__progressTracked) return;
  target.__progressTracked = true;
  const originalLoad = target.load.bind(loader);
  target.load = (url, onLoad, onProgressEvent, onError) =>
    originalLoad(
      url,
      onLoad,
      (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
        onProgressEvent?.(event);
      },
      onError,
    );
}
