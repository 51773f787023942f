import { Html } from '@react-three/drei';
import { useMemo } from 'react';
import { numberedPlanPoints } from '../domain/session-plan';
import { useViewer } from '../state';
import { useLoadedModel } from './model-context';
import { bindPoint, type RestVertexCache } from './point-skinning';
import { useOverlayReady } from './useOverlayReady';
import { usePosedHolders } from './usePosedHolders';

/**
 * The patient's plan points as numbered badges on the model, the same numbers as their page and
 * the printed handout. Shown in patient mode only; always in sight (a badge is a pointer to the
 * place, drawn over the skin), and each follows its muscle when the skeleton is posed.
 */
export function PlanPointNumbers() {
  const model = useLoadedModel();
  const patientMode = useViewer((s) => s.view.mode === 'patient');
  const planPoints = useViewer((s) => s.sessionPlan.points);
  const placed = useViewer((s) => s.placedPoints);
  const ready = useOverlayReady();

  const badges = useMemo(() => {
    if (!model || !patientMode) return [];
    const cache: RestVertexCache = new Map();
    return numberedPlanPoints(planPoints).flatMap((point) => {
      const where = placed[point.key];
      if (!where) return [];
      const binding = bindPoint(model, `${where.muscle}:${where.side}`, where.position, cache);
      return [{ ...point, position: where.position, binding }];
    });
  }, [model, patientMode, planPoints, placed]);

  const holderFor = usePosedHolders(model, badges);

  if (!ready || badges.length === 0) return null;
  return (
    <>
      {badges.map(({ key, n, name, position }) => (
        <group key={key} ref={holderFor(key)}>
          <Html position={position} className="plan-point-number" zIndexRange={[6, 0]} center>
            <span data-plan-number={n} title={name}>
              {n}
            </span>
          </Html>
        </group>
      ))}
    </>
  );
}
