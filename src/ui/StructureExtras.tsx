import { isMuscleId, STRUCTURES, type StructureKey } from '../domain/anatomy';
import { messages } from '../domain/messages';
import { useViewer } from '../state';
import { MusclePointLinks } from './MuscleLinks';
import { MuscleSeveritySliders } from './MuscleSeveritySliders';
import { QuizHidesAnswers } from './QuizHidesAnswers';

const t = messages.app.mechanicsPanel;

/** In a muscle's card: its weak and tight sliders (they act on the standing leg). */
function MuscleDysfunctionControls({ structureKey }: { structureKey: StructureKey }) {
  const stanceSide = useViewer((s) => s.view.dysfunction.stanceSide);
  const setDysfunction = useViewer((s) => s.setDysfunction);
  const structure = STRUCTURES.find((s) => `${s.id}:${s.side}` === structureKey);
  if (!structure || !isMuscleId(structure.id)) return null;
  if (structure.side !== stanceSide && structure.side !== 'midline') {
    const side = structure.side;
    return (
      <div className="card-mechanics">
        <h3>{t.title}</h3>
        <p className="small">{t.otherSide(stanceSide)}</p>
        <button type="button" onClick={() => setDysfunction({ stanceSide: side })}>
          {t.makeStance}
        </button>
      </div>
    );
  }
  return (
    <div className="card-mechanics">
      <h3>{t.title}</h3>
      <MuscleSeveritySliders muscle={structure.id} />
    </div>
  );
}

export function structureExtras(key: StructureKey) {
  return (
    <>
      <QuizHidesAnswers>
        <MusclePointLinks structureKey={key} />
      </QuizHidesAnswers>
      <MuscleDysfunctionControls structureKey={key} />
    </>
  );
}
