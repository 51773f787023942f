import { useEffect, useState } from 'react';
import { messages } from '../domain/messages';
import { useViewer } from '../state';
import { hasWebGLApi, isSmallScreen } from './webgl-support';

export interface Show3d {
  /** Whether the 3D view is wanted (phones wait for "Show the 3D model"). */
  show3d: boolean;
  showNow: () => void;
  /** Whether this browser can draw WebGL: false without the API, or once the view's context failed. */
  webgl: boolean;
  /** The 3D view could not make its WebGL context: show the fallback instead. */
  webglUnavailable: () => void;
}

/**
 * When the 3D view starts. Phones start with the still picture and load the 3D view on request
 * (data and battery); a press on the page frame, an embed or a story starts it at once.
 */
export function useShow3d(load3dRequested: (() => boolean) | undefined, embedded: boolean): Show3d {
  const announce = useViewer((s) => s.announce);
  const storyPlaying = useViewer((s) => s.story !== null);
  const [show3d, setShow3d] = useState(() => load3dRequested?.() || embedded || !isSmallScreen());
  // Pressed while the app was rendering behind the frame.
  useEffect(() => {
    if (load3dRequested?.()) setShow3d(true);
  }, [load3dRequested]);
  // No test context: making one cost a long task and a second context on the way to the first
  // frame. The 3D view's own context tells when WebGL is there but turned off.
  const [webgl, setWebgl] = useState(hasWebGLApi);
  // A story (or "Explain this to me") started before the 3D view exists loads it, and says so.
  useEffect(() => {
    if (show3d || !storyPlaying) return;
    setShow3d(true);
    announce(messages.app.loading3dFor);
  }, [show3d, storyPlaying, announce]);
  return { show3d, showNow: () => setShow3d(true), webgl, webglUnavailable: () => setWebgl(false) };
}
