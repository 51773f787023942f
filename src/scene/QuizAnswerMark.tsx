import { Html, Line } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { messages } from '../domain/messages';
import { answerLabelSides } from '../domain/quiz';
import { useViewer } from '../state';
import { regionPatchGeometry } from './region-patches';
import { useOverlayReady } from './useOverlayReady';

const t = messages.learning.quiz.mark;

/** Colours no marker, muscle or bone uses, so the student (and a test) can tell them apart. */
const QUIZ_REGION_COLOR = '#00c2ff';
const QUIZ_CLICK_COLOR = '#ff00c8';
const CLICK_RADIUS_M = 0.006;

/**
 * After a "place the point" answer: the evidence region shaded strongly, the student's click as
 * a bright dot, a line from the click to the region's nearest edge and the distance, all on the
 * model at once. The click is where the student hit the drawn surface; the region is where the
 * scoring measured, so the line is the distance that was scored.
 */
export function QuizAnswerMark() {
  const mark = useViewer((s) => s.quizAnswerMark);
  const target = useViewer((s) => (mark ? s.placedPoints[mark.pointKey] : undefined));
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  // Re-placed when the camera comes to rest (it writes itself into the view then).
  useViewer((s) => s.view.camera);
  const ready = useOverlayReady();

  const region = useMemo(() => {
    if (!target) return null;
    const fill = regionPatchGeometry([
      {
        centre: target.region.centre,
        outline: target.region.points,
        normal: target.normal,
        color: QUIZ_REGION_COLOR,
        centreAlpha: 0.85,
        edgeAlpha: 0.7,
      },
    ]);
    const outline = target.region.points.map((p) => new THREE.Vector3(...p));
    return { fill, outline: outline.length > 1 ? [...outline, outline[0]!] : [] };
  }, [target]);
  useEffect(() => () => region?.fill.dispose(), [region]);
  // A new mark, or none, needs a frame to show (the view renders on demand).
  useEffect(() => {
    if (mark !== undefined && region !== undefined) invalidate();
  }, [mark, region, invalidate]);

  if (!mark || !ready) return null;
  const from = new THREE.Vector3(...mark.clickM);
  const to = new THREE.Vector3(...mark.nearestM);
  const centre = target ? new THREE.Vector3(...target.region.centre) : to;
  const sides = answerLabelSides(
    from.clone().project(camera).y * -1,
    centre.clone().project(camera).y * -1,
  );
  return (
    <group name="quiz-answer-mark">
      {region && (
        <>
          <mesh geometry={region.fill} renderOrder={3}>
            <meshBasicMaterial
              vertexColors
              transparent
              depthWrite={false}
              side={THREE.DoubleSide}
              polygonOffset
              polygonOffsetFactor={-3}
              toneMapped={false}
            />
          </mesh>
          {region.outline.length > 0 && (
            <Line points={region.outline} color={QUIZ_REGION_COLOR} lineWidth={3} />
          )}
          <Html position={[...target!.region.centre]} center zIndexRange={[6, 0]}>
            {/* The offset is on the label, not the overlay: the overlay's own transform places it. */}
            <span className={`quiz-mark-label quiz-mark-region ${sides.region}`}>{t.region}</span>
          </Html>
        </>
      )}
      {!mark.inside && (
        <Line
          points={[from, to]}
          color="#111111"
          lineWidth={2}
          dashed
          dashSize={0.004}
          gapSize={0.003}
          depthTest={false}
          renderOrder={4}
        />
      )}
      <mesh position={from} renderOrder={5}>
        <sphereGeometry args={[CLICK_RADIUS_M, 16, 12]} />
        <meshBasicMaterial color={QUIZ_CLICK_COLOR} depthTest={false} toneMapped={false} />
      </mesh>
      <Html position={[...mark.clickM]} zIndexRange={[6, 0]}>
        <span
          className={`quiz-mark-label quiz-mark-click ${sides.click}`}
          data-testid="quiz-click-label"
        >
          {t.yourClick}: {mark.inside ? t.inside : t.distance(mark.distanceMm)}
        </span>
      </Html>
    </group>
  );
}
