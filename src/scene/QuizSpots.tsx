import { Html } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import * as THREE from 'three';
import { layoutLabels } from '../domain/labels';
import { useViewer } from '../state';
import { useOverlayReady } from './useOverlayReady';

/** A spot that moved less than this on screen (px) keeps its layout. */
const RELAYOUT_PX = 0.5;
/** Frames to wait for the letters to be in the page (measurable) before laying out anyway. */
const MEASURE_FRAMES = 20;
/** Size of a letter when it is not measured yet (1.6rem). */
const LETTER_PX = 26;

const scratch = new THREE.Vector3();

interface SpotElements {
  letter: HTMLElement | null;
  /** A thin bar from the spot to the moved letter (HTML, turned by CSS). */
  leader: HTMLElement | null;
  dot: HTMLElement | null;
}

/**
 * The lettered spots of a "place the point" question, drawn on the model so a keyboard user
 * can answer by letter. Each letter sits on its spot unless it would cover another spot or
 * letter; then the domain's label layout moves it aside, joined to its spot by a leader line.
 * Laid out again only when the spots move on screen (the camera moved). Mounted one task after
 * the canvas connects (HTML overlays mounted in its first commit can stay empty).
 */
export function QuizSpots() {
  const spots = useViewer((s) => s.quizSpots);
  const invalidate = useThree((s) => s.invalidate);
  const ready = useOverlayReady();
  const group = useRef<THREE.Group>(null);
  const elements = useRef(new Map<string, SpotElements>());
  const lastScreen = useRef<number[]>([]);
  const measureFrames = useRef(0);
  // New spots need a frame to appear (the view renders on demand), and a fresh layout.
  useEffect(() => {
    lastScreen.current = [];
    measureFrames.current = 0;
    if (spots) invalidate();
  }, [spots, invalidate]);

  useFrame(({ camera, size }) => {
    const holder = group.current;
    if (!holder || spots.length === 0) return;
    const last = lastScreen.current;
    let moved = last.length !== spots.length * 2;
    const screen = spots.map((spot, i) => {
      scratch
        .set(...spot.positionM)
        .applyMatrix4(holder.matrixWorld)
        .project(camera);
      const x = ((scratch.x + 1) / 2) * size.width;
      const y = ((1 - scratch.y) / 2) * size.height;
      if (Math.abs(x - (last[i * 2] ?? Number.NaN)) > RELAYOUT_PX) moved = true;
      if (Math.abs(y - (last[i * 2 + 1] ?? Number.NaN)) > RELAYOUT_PX) moved = true;
      return { x, y };
    });
    if (!moved) return;
    const unmeasured =
      spots.some((s) => !elements.current.get(s.letter)?.letter?.offsetWidth) &&
      measureFrames.current++ < MEASURE_FRAMES;
    // Letters not in the page yet: lay out on a later frame, once they can be measured.
    lastScreen.current = unmeasured ? [] : screen.flatMap((p) => [p.x, p.y]);
    const layout = layoutLabels(
      spots.map((spot, i) => {
        const letter = elements.current.get(spot.letter)?.letter;
        return {
          key: spot.letter,
          anchor: screen[i] ?? { x: 0, y: 0 },
          width: letter?.offsetWidth || LETTER_PX,
          height: letter?.offsetHeight || LETTER_PX,
          required: true,
        };
      }),
      size,
      { centredFirst: true },
    );
    for (const placed of layout.placed) {
      const spot = elements.current.get(placed.key);
      if (!spot?.letter) continue;
      const dx = placed.box.x + placed.box.width / 2 - placed.anchor.x;
      const dy = placed.box.y + placed.box.height / 2 - placed.anchor.y;
      const off = dx !== 0 || dy !== 0;
      spot.letter.style.transform = `translate(${dx}px, ${dy}px)`;
      const lx = placed.leaderEnd.x - placed.anchor.x;
      const ly = placed.leaderEnd.y - placed.anchor.y;
      if (spot.leader) {
        spot.leader.style.width = `${off ? Math.hypot(lx, ly) : 0}px`;
        spot.leader.style.transform = `rotate(${Math.atan2(ly, lx)}rad)`;
      }
      if (spot.dot) spot.dot.hidden = !off;
    }
    if (unmeasured) invalidate();
  });

  if (!ready) return null;
  const bind = (letter: string, part: keyof SpotElements) => (element: HTMLElement | null) => {
    const entry = elements.current.get(letter) ?? { letter: null, leader: null, dot: null };
    entry[part] = element;
    elements.current.set(letter, entry);
  };
  return (
    <group ref={group}>
      {spots.map((spot) => (
        <Html
          key={spot.letter}
          position={[...spot.positionM]}
          zIndexRange={[6, 0]}
          className="quiz-spot-anchor"
        >
          <span className="quiz-spot-leader" ref={bind(spot.letter, 'leader')} />
          <span className="quiz-spot-dot" ref={bind(spot.letter, 'dot')} hidden />
          <span
            className="quiz-spot"
            data-quiz-spot={spot.letter}
            ref={bind(spot.letter, 'letter')}
          >
            {spot.letter}
          </span>
        </Html>
      ))}
    </group>
  );
}
