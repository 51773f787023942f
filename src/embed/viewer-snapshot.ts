import { BILATERAL_SIDES, type BilateralSide, type MuscleId, STRUCTURES } from '../domain/anatomy';
import { MOTOR_POINTS } from '../domain/motor-points';
import { type PointKey, serializeViewState, type Vec3Tuple } from '../domain/view-state';
import type { ViewerState } from '../state';
import type { MotorPointInfo, ViewerSnapshot } from './api-types';

/** The view, its URL form and the model phase: what `getState` and `stateChange` carry. */
export function viewerSnapshot(state: Pick<ViewerState, 'view' | 'model'>): ViewerSnapshot {
  return {
    view: state.view,
    query: serializeViewState(state.view).toString(),
    model: state.model.phase,
  };
}

function positionOf(positions: ViewerState['pointPositions'], key: string): Vec3Tuple | null {
  const p = positions[key];
  return p ? [p[0], p[1], p[2]] : null;
}

/** Every motor point on each side, with its placed position when the scene has placed it. */
export function listMotorPoints(
  positions: ViewerState['pointPositions'],
  filter: { muscle?: MuscleId | null; side?: BilateralSide | null } = {},
): MotorPointInfo[] {
  const sides = filter.side ? [filter.side] : BILATERAL_SIDES;
  return MOTOR_POINTS.filter((p) => !filter.muscle || p.muscle === filter.muscle).flatMap((p) =>
    sides.map((side): MotorPointInfo => {
      const key: PointKey = `${p.id}:${side}`;
      return {
        id: p.id,
        key,
        muscle: p.muscle,
        side,
        pointType: p.pointType,
        position: positionOf(positions, key),
      };
    }),
  );
}

/** One motor point by key, or null when the key names none. */
export function motorPointInfo(
  positions: ViewerState['pointPositions'],
  key: PointKey | null,
): MotorPointInfo | null {
  if (!key) return null;
  const side = key.slice(key.lastIndexOf(':') + 1) as BilateralSide;
  const id = key.slice(0, key.lastIndexOf(':'));
  const record = MOTOR_POINTS.find((p) => p.id === id);
  if (!record) return null;
  return {
    id,
    key,
    muscle: record.muscle,
    side,
    pointType: record.pointType,
    position: positionOf(positions, key),
  };
}

/** A structure's readable name: "Gluteus medius (left)". */
export function structureLabel(key: string | null): string | null {
  if (!key) return null;
  const structure = STRUCTURES.find((s) => `${s.id}:${s.side}` === key);
  if (!structure) return null;
  return structure.side === 'midline' ? structure.label : `${structure.label} (${structure.side})`;
}
