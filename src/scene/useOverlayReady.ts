import { useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';

/**
 * True from one task after the canvas connects its pointer events. drei `<Html>` overlays
 * mounted in the canvas's first commit can stay empty, so overlay components mount after this.
 */
export function useOverlayReady(): boolean {
  const connected = useThree((s) => s.events.connected);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!connected) return;
    const id = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(id);
  }, [connected]);
  return ready;
}
