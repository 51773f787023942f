import { Html } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useViewer } from '../state';
import { useOverlayReady } from './useOverlayReady';

/**
 * The lettered spots of a "place the point" question, drawn on the model so a keyboard user
 * can answer by letter. Mounted one task after the canvas connects (HTML overlays mounted in
 * its first commit can stay empty).
 */
export function QuizSpots() {
  const spots = useViewer((s) => s.quizSpots);
  const invalidate = useThree((s) => s.invalidate);
  const ready = useOverlayReady();
  // New spots need a frame to appear (the view renders on demand).
  useEffect(() => {
    if (spots) invalidate();
  }, [spots, invalidate]);
  if (!ready) return null;
  return (
    <>
      {spots.map((spot) => (
        <Html
          key={spot.letter}
          position={[...spot.positionM]}
          center
          zIndexRange={[6, 0]}
          className="quiz-spot"
        >
          {spot.letter}
        </Html>
      ))}
    </>
  );
}
