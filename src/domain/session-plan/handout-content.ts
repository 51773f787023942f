import { type BilateralSide, MUSCLES, type MuscleId } from '../anatomy';
import { anatomyReferenceFor } from '../anatomy/reference';
import { mapAssessment } from '../assessment';
import { assessment as assessmentText } from '../messages/en/assessment';
import { learning } from '../messages/en/learning';
import { MOTOR_POINTS, type MotorPointRecord } from '../motor-points';
import { describeView, type PointKey, type ViewState } from '../view-state';
import { displayName, patientPointKind } from './patient-mode';
import {
  type NumberedPlanPoint,
  numberedPlanPoints,
  type PlanExerciseItem,
  planExerciseItems,
} from './patient-plan-content';
import { patientSafetyNotes } from './patient-safety';
import type { SessionPlan } from './session-plan';

/** One point of the plan, in plain words. */
interface HandoutPoint {
  readonly key: PointKey;
  /** The point's number in the plan (as on the patient's page and picture). */
  readonly n: number;
  /** The point's own name, so two points on one muscle read differently. */
  readonly name: string;
  readonly recordId: string;
  /** What kind of place this is. */
  readonly whatItIs: string;
  /** How the place was found, and how sure we are. */
  readonly evidence: string;
}

/** The plan's points on one muscle and side, with the muscle described once. */
interface HandoutSection {
  readonly muscle: MuscleId;
  readonly side: BilateralSide;
  readonly heading: string;
  /** Plain name, e.g. "Side-of-hip muscle". */
  readonly muscleName: string;
  readonly anatomicalName: string;
  readonly muscleDescription: string;
  readonly points: readonly HandoutPoint[];
  /** The points' safety notes reworded for patients, each once. */
  readonly safety: readonly string[];
}

/** Everything the printable one-page handout shows, in order; the UI only lays it out. */
export interface HandoutContent {
  /** The plan's points in plan order with their numbers. */
  readonly numbered: readonly NumberedPlanPoint[];
  /** The exercises the clinician chose, with dosage and pose; empty: the generic list only. */
  readonly planExercises: readonly PlanExerciseItem[];
  readonly planExercisesHeading: string;
  readonly title: string;
  readonly patientLine: string | null;
  readonly dateLine: string | null;
  readonly intro: string;
  /** Alt text for the picture of the view (null when no view was given). */
  readonly imageAlt: string | null;
  readonly noteHeading: string;
  readonly note: string | null;
  readonly pointsHeading: string;
  readonly sections: readonly HandoutSection[];
  /** Shown instead of sections when the plan has no points. */
  readonly noPoints: string | null;
  readonly headings: {
    readonly whatItIs: string;
    readonly evidence: string;
    readonly safety: string;
    readonly anatomicalName: (name: string) => string;
  };
  readonly generalSafetyHeading: string;
  readonly generalSafety: readonly string[];
  readonly education: {
    readonly heading: string;
    readonly paragraphs: readonly string[];
    readonly exercisesHeading: string;
    readonly exercises: readonly {
      readonly name: string;
      readonly how: string;
      readonly works: string;
    }[];
    readonly dosage: string;
    readonly caution: string;
    readonly askClinician: string;
  };
  readonly disclaimer: string;
  /** Points of the plan this version does not know (left out). */
  readonly unknownPoints: readonly string[];
}

const RECORDS = new Map(MOTOR_POINTS.map((r) => [r.id, r]));

function recordOf(key: PointKey): { record: MotorPointRecord; side: BilateralSide } | undefined {
  const at = key.lastIndexOf(':');
  const record = RECORDS.get(key.slice(0, at));
  const side = key.slice(at + 1);
  if (!record || (side !== 'left' && side !== 'right')) return undefined;
  return { record, side };
}

function evidenceSentence(record: MotorPointRecord): string {
  const h = learning.handout;
  const base = h.evidenceKinds[record.evidence.kind];
  return record.confidence === 'low' ? `${base} ${h.lowConfidence}` : base;
}

/**
 * The content of the printable handout for a plan: per muscle and side, the plain name and a
 * patient description from the anatomy reference, what each point is in plain words, how sure the
 * place is, the records' safety notes reworded for patients; then general safety, strengthening
 * education and the teaching-tool disclaimer. `view` gives the picture's alt text.
 */
export function handoutContent(
  plan: SessionPlan,
  options: { readonly view?: ViewState } = {},
): HandoutContent {
  const h = learning.handout;
  const numbered = numberedPlanPoints(plan.points);
  const numbers = new Map(numbered.map((p) => [p.key, p]));
  const sections = new Map<
    string,
    {
      section: Omit<HandoutSection, 'points' | 'safety'>;
      points: HandoutPoint[];
      safety: Set<string>;
    }
  >();
  const unknownPoints: string[] = [];
  for (const key of new Set(plan.points)) {
    const found = recordOf(key);
    if (!found) {
      unknownPoints.push(key);
      continue;
    }
    const { record, side } = found;
    // A muscle part without a reported location is not a place to treat: not on the handout.
    if (record.pointType === 'muscle-part') continue;
    const id = `${record.muscle}:${side}`;
    let entry = sections.get(id);
    if (!entry) {
      const muscleName = displayName(record.muscle, 'patient');
      entry = {
        section: {
          muscle: record.muscle,
          side,
          heading: h.pointHeading(muscleName, learning.sides[side]),
          muscleName,
          anatomicalName: displayName(record.muscle, 'explore'),
          muscleDescription: anatomyReferenceFor(record.muscle).patientDescription,
        },
        points: [],
        safety: new Set(),
      };
      sections.set(id, entry);
    }
    entry.points.push({
      key,
      n: numbers.get(key)?.n ?? 0,
      name: numbers.get(key)?.name ?? key,
      recordId: record.id,
      whatItIs: h.pointKinds[patientPointKind(record)],
      evidence: evidenceSentence(record),
    });
    for (const note of patientSafetyNotes(record)) entry.safety.add(note);
  }
  const muscleOrder = (m: MuscleId) => MUSCLES.findIndex((x) => x.id === m);
  const ordered = [...sections.values()]
    .map((e) => ({ ...e.section, points: e.points, safety: [...e.safety] }))
    .sort((a, b) => muscleOrder(a.muscle) - muscleOrder(b.muscle) || a.side.localeCompare(b.side));
  const note = plan.note.trim();
  const label = plan.patientLabel?.trim();
  return {
    title: h.title,
    patientLine: label ? h.forPatient(label) : null,
    dateLine: plan.created ? h.date(plan.created) : null,
    intro: h.intro,
    imageAlt: options.view ? h.imageAlt(describeView(options.view)) : null,
    noteHeading: h.noteHeading,
    note: note || null,
    pointsHeading: h.pointsHeading,
    sections: ordered,
    noPoints: ordered.length === 0 ? h.noPoints : null,
    headings: {
      whatItIs: h.whatItIsHeading,
      evidence: h.evidenceHeading,
      safety: h.safetyHeading,
      anatomicalName: h.anatomicalName,
    },
    generalSafetyHeading: h.generalSafetyHeading,
    generalSafety: h.generalSafety,
    education: {
      heading: h.educationHeading,
      paragraphs: h.education,
      exercisesHeading: h.exercisesHeading,
      exercises: h.exercises,
      dosage: h.dosage,
      caution: h.exerciseCaution,
      askClinician: h.askClinician,
    },
    disclaimer: h.disclaimer,
    unknownPoints,
    numbered,
    planExercises: planExerciseItems(
      plan.exercises ?? [],
      plan.assessment ? mapAssessment(plan.assessment) : null,
    ),
    planExercisesHeading: assessmentText.patientPage.exercisesHeading,
  };
}
