import { type ReactNode, useEffect, useState } from 'react';
import { useViewer } from '../state';

/**
 * Mounts its children once the model's first frame has been drawn: markers, labels, arrows,
 * the healthy-skeleton ghost and the context layer add their work (placement on the surfaces,
 * shader programs, clones) after the model is on screen instead of before it. Under software
 * rendering each shader program the first frame needs costs hundreds of milliseconds.
 */
export function AfterFirstModelFrame({ children }: { children: ReactNode }) {
  const ready = useViewer((state) => state.model.phase === 'ready');
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!ready || shown) return;
    // The model's frame was asked for when it became ready; it is drawn in the next animation
    // frame, so the second one comes after it.
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setShown(true));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [ready, shown]);
  return shown ? children : null;
}
