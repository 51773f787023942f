/**
 * A stick figure of an exercise's key position, for a picture beside the exercise (pure: the UI
 * draws the lines). Segment lengths are fractions of body height (Drillis & Contini 1966, as
 * tabulated by Winter, Biomechanics and Motor Control of Human Movement). Coordinates are SVG
 * (x right, y down) inside `viewBox`, with the floor at `floorY`.
 */
import type { ExerciseKeyPose } from './exercise';

const SEGMENT = {
  trunk: 0.288,
  thigh: 0.245,
  shin: 0.285,
  upperArm: 0.186,
  forearm: 0.146,
  head: 0.065,
};

interface FigurePoint {
  readonly x: number;
  readonly y: number;
}

export interface ExerciseFigure {
  readonly head: FigurePoint;
  readonly headRadius: number;
  readonly shoulder: FigurePoint;
  readonly hip: FigurePoint;
  readonly knee: FigurePoint;
  readonly ankle: FigurePoint;
  readonly otherKnee: FigurePoint;
  readonly otherAnkle: FigurePoint;
  readonly elbow: FigurePoint;
  readonly wrist: FigurePoint;
  readonly floorY: number;
  readonly viewBox: readonly [number, number, number, number];
}

function step(from: FigurePoint, angleDeg: number, length: number): FigurePoint {
  const a = (angleDeg * Math.PI) / 180;
  return { x: from.x + Math.cos(a) * length, y: from.y - Math.sin(a) * length };
}

export function exerciseFigure(pose: ExerciseKeyPose, margin = 0.06): ExerciseFigure {
  const hip = { x: 0, y: 0 };
  const shoulder = step(hip, pose.trunkDeg, SEGMENT.trunk);
  const head = step(shoulder, pose.trunkDeg, SEGMENT.head + 0.02);
  const knee = step(hip, pose.legThighDeg, SEGMENT.thigh);
  const ankle = step(knee, pose.legShinDeg, SEGMENT.shin);
  const otherKnee = step(hip, pose.otherThighDeg, SEGMENT.thigh);
  const otherAnkle = step(otherKnee, pose.otherShinDeg, SEGMENT.shin);
  const elbow = step(shoulder, pose.armDeg, SEGMENT.upperArm);
  const wrist = step(elbow, pose.forearmDeg, SEGMENT.forearm);
  const all = [hip, shoulder, knee, ankle, otherKnee, otherAnkle, elbow, wrist];
  const xs = [...all.map((p) => p.x), head.x - SEGMENT.head, head.x + SEGMENT.head];
  const ys = [...all.map((p) => p.y), head.y - SEGMENT.head, head.y + SEGMENT.head];
  const minX = Math.min(...xs) - margin;
  const minY = Math.min(...ys) - margin;
  const floorY = Math.max(...ys);
  return {
    head,
    headRadius: SEGMENT.head,
    shoulder,
    hip,
    knee,
    ankle,
    otherKnee,
    otherAnkle,
    elbow,
    wrist,
    floorY,
    viewBox: [minX, minY, Math.max(...xs) + margin - minX, floorY + margin - minY],
  };
}
