import { Suspense, useMemo, useRef } from 'react';
import { messages } from '../domain/messages';
import { useCountRender, useViewer } from '../state';
import { HoverLabel } from '../ui/HoverLabel';
import { LoadingIndicator } from '../ui/LoadingIndicator';
import { ModelErrorPanel } from '../ui/ModelErrorPanel';
import { OrientationCue } from '../ui/OrientationCue';
import { PosterGate } from '../ui/PosterGate';
import { StructureLabelLayer } from '../ui/StructureLabelLayer';
import { ViewerErrorBoundary } from '../ui/ViewerErrorBoundary';
import { WebglFallback } from '../ui/WebglFallback';
import { ExerciseModelLegend, retryFailedParts, StoryPlayer, Viewer3D } from './lazy-panels';
import { MODEL_ORIGINS } from './model-origins';
import { Part } from './Part';
import { useModelSource } from './useModelSource';
import type { Show3d } from './useShow3d';
import { prefersReducedMotion } from './webgl-support';

export interface ViewerRegionProps extends Show3d {
  modelUrl: string;
  posterUrl: string;
  /** Inside another site's page: the region has no name of its own. */
  embedded: boolean;
}

/**
 * The 3D view's place: the still picture until the view is wanted, then the loading note, the
 * 3D view and its overlays, or the fallback without WebGL.
 */
export function ViewerRegion({
  modelUrl,
  posterUrl,
  embedded,
  show3d,
  showNow,
  webgl,
  webglUnavailable,
}: ViewerRegionProps) {
  useCountRender('shell');
  const setModelStatus = useViewer((s) => s.setModelStatus);
  const announce = useViewer((s) => s.announce);
  const storyPlaying = useViewer((s) => s.story !== null);
  const exerciseShown = useViewer((s) => s.exerciseFocus !== null);
  const reducedMotion = useMemo(prefersReducedMotion, []);
  const model = useModelSource(modelUrl);
  const webglFailed = useRef(false);
  return (
    <section
      id="viewer-region"
      tabIndex={-1}
      className="viewer"
      aria-label={embedded ? undefined : messages.app.viewerRegion}
    >
      {!show3d ? (
        <PosterGate posterUrl={posterUrl} onLoad={showNow} />
      ) : webgl ? (
        <ViewerErrorBoundary
          onRetry={retryFailedParts}
          // A browser without a WebGL context gets the fallback below, not an error.
          handledElsewhere={() => webglFailed.current}
          onError={(message) => {
            setModelStatus({ phase: 'error', message });
            announce(messages.app.viewerErrorTitle);
          }}
        >
          <Suspense fallback={null}>
            {model.url && (
              <Viewer3D
                modelUrl={model.url}
                reducedMotion={reducedMotion}
                modelOrigins={MODEL_ORIGINS}
                onWebglUnavailable={() => {
                  webglFailed.current = true;
                  webglUnavailable();
                }}
              />
            )}
          </Suspense>
          <StructureLabelLayer />
          <OrientationCue />
          {exerciseShown && (
            <Suspense fallback={null}>
              <ExerciseModelLegend />
            </Suspense>
          )}
          <LoadingIndicator />
          <ModelErrorPanel onLoadBuiltIn={model.custom ? model.loadBuiltIn : undefined} />
          <HoverLabel />
        </ViewerErrorBoundary>
      ) : (
        <WebglFallback posterUrl={posterUrl} />
      )}
      {/* Outside the WebGL branch: a story link still plays its text without 3D. */}
      {storyPlaying && (
        <Part>
          <StoryPlayer />
        </Part>
      )}
    </section>
  );
}
