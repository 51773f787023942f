import { isMuscleId, MUSCLES, STRUCTURES, type StructureKey } from '../domain/anatomy';
import { messages } from '../domain/messages';
import { MOTOR_POINTS, motorPointLabel } from '../domain/motor-points';
import { useViewer } from '../state';

const t = messages.app.muscleLinks;

/** In a muscle's card: its motor points on the same side, each one opens its card and frames it. */
export function MusclePointLinks({ structureKey }: { structureKey: StructureKey }) {
  const selectPoint = useViewer((s) => s.selectPoint);
  const select = useViewer((s) => s.select);
  const structure = STRUCTURES.find((s) => `${s.id}:${s.side}` === structureKey);
  if (!structure || !isMuscleId(structure.id)) return null;
  const side = structure.side === 'left' ? 'left' : 'right';
  const points = MOTOR_POINTS.filter((record) => record.muscle === structure.id);
  return (
    <nav className="muscle-points" aria-label={t.pointsTitle}>
      <h3>{t.pointsTitle}</h3>
      {points.length === 0 ? (
        <p className="small">{t.noPoints}</p>
      ) : (
        <ul>
          {points.map((record) => (
            <li key={record.id}>
              <button
                type="button"
                className="link-button"
                data-point={`${record.id}:${side}`}
                onClick={() => {
                  // The point's card replaces the muscle's, so it opens at the top of the panel.
                  select(null);
                  selectPoint(`${record.id}:${side}`, { frame: true });
                }}
              >
                {motorPointLabel(record)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

/** In a point's card: a link back to its muscle on the same side. */
export function PointMuscleLink({ pointKey }: { pointKey: string }) {
  const focusStructure = useViewer((s) => s.focusStructure);
  const selectPoint = useViewer((s) => s.selectPoint);
  const [recordId, side] = pointKey.split(':');
  const record = MOTOR_POINTS.find((r) => r.id === recordId);
  const muscle = MUSCLES.find((m) => m.id === record?.muscle);
  if (!record || !muscle || (side !== 'left' && side !== 'right')) return null;
  return (
    <button
      type="button"
      className="link-button"
      data-action="open-muscle"
      onClick={() => {
        selectPoint(null);
        focusStructure(`${muscle.id}:${side}` as StructureKey);
      }}
    >
      {t.openMuscle(messages.view.structureOnSide(muscle.label, side))}
    </button>
  );
}
