import './assessment.css';
import { useEffect, useId, useMemo, useState } from 'react';
import { emptyAssessment, mapAssessment, weakEmgMuscles } from '../domain/assessment';
import {
  EMG_MUSCLES,
  type EmgMuscle,
  type EmgValue,
  EXERCISE_SOURCES,
  EXERCISES,
  type Exercise,
  type ExerciseId,
  exerciseDosage,
  exerciseText,
  meanActivation,
  type RankedExercise,
  rankExercises,
} from '../domain/exercises';
import { messages } from '../domain/messages';
import { SESSION_PLAN_LIMITS } from '../domain/session-plan';
import { useViewer } from '../state';
import { ActivationLegend, ExerciseFigure } from './ExerciseFigure';
import { usePlanEditor } from './session-plan/usePlanEditor';

const t = messages.assessment.exercises;
const RANKABLE: readonly EmgMuscle[] = EMG_MUSCLES.filter((m) => m !== 'tensor-fasciae-latae');

function figureText(v: EmgValue): string {
  if (v.measure === 'range' && v.rangePctMvic) return t.rangeValue(...v.rangePctMvic);
  if (v.measure === 'peak') return t.peakValue(v.pctMvic);
  if (v.measure === 'unstated') return t.unstatedValue(v.pctMvic);
  return t.value(v.pctMvic, v.sdPctMvic);
}

/** Who was measured and how, per figure: the study's participants, population and method. */
function sourceText(v: EmgValue): string {
  const source = EXERCISE_SOURCES[v.source];
  return `${source.short} (${t.participants(source.participants, exerciseText(source.population))}; ${exerciseText(source.method)})`;
}

function checkText(v: EmgValue): string {
  const check = v.check;
  if (check.against === 'study') return t.checkedInStudy(exerciseText(check.where));
  if (check.against === 'review')
    return t.checkedInReview(EXERCISE_SOURCES[check.review].short, exerciseText(check.where));
  return t.notChecked(exerciseText(check.reason));
}

/** Exercises ranked for the muscle the assessment found weak, with evidence, dosage and a picture. */
export function ExercisePanel() {
  const [plan, setPlan] = usePlanEditor();
  const announce = useViewer((s) => s.announce);
  const setFocus = useViewer((s) => s.setExerciseFocus);
  // Leaving the list takes the tint off the model.
  useEffect(() => () => setFocus(null), [setFocus]);
  const ids = useId();
  const mapping = useMemo(
    () => mapAssessment(plan.assessment ?? emptyAssessment()),
    [plan.assessment],
  );
  const suggested = weakEmgMuscles(mapping)[0] ?? null;
  const [chosen, setChosen] = useState<EmgMuscle | null>(null);
  const muscle = chosen ?? suggested ?? 'gluteus-medius';
  const ranked = useMemo(() => rankExercises(muscle), [muscle]);
  const noData = EXERCISES.filter((e) => meanActivation(e, muscle) === null);
  const chosenIds = plan.exercises ?? [];

  const toggle = (id: ExerciseId, name: string) => {
    if (chosenIds.includes(id)) {
      setPlan({ ...plan, exercises: chosenIds.filter((x) => x !== id) });
      announce(messages.clinician.plan.announceRemoved(name));
    } else if (chosenIds.length < SESSION_PLAN_LIMITS.maxExercises) {
      setPlan({ ...plan, exercises: [...chosenIds, id] });
      announce(messages.clinician.plan.announceAdded(name));
    }
  };

  return (
    <section className="panel exercises" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t.heading}</h2>
      <p className="hint">{t.intro}</p>
      <label>
        {t.rankFor}{' '}
        <select value={muscle} onChange={(event) => setChosen(event.target.value as EmgMuscle)}>
          {RANKABLE.map((m) => (
            <option key={m} value={m}>
              {t.muscles[m]}
            </option>
          ))}
        </select>
      </label>
      {suggested && <p className="small">{t.suggestedMuscle(t.muscles[suggested])}</p>}
      <ActivationLegend />
      <ol className="exercise-list" data-testid="exercise-list">
        {ranked.map((r) => (
          <ExerciseItem
            key={r.exercise.id}
            exercise={r.exercise}
            ranked={r}
            muscle={muscle}
            novice={mapping.novice}
            inPlan={chosenIds.includes(r.exercise.id)}
            onToggle={toggle}
          />
        ))}
        {/* Listed last and unranked: no checked figure for this muscle, but still a choice. */}
        {noData.map((exercise) => (
          <ExerciseItem
            key={exercise.id}
            exercise={exercise}
            ranked={null}
            muscle={muscle}
            novice={mapping.novice}
            inPlan={chosenIds.includes(exercise.id)}
            onToggle={toggle}
          />
        ))}
      </ol>
    </section>
  );
}

interface ExerciseItemProps {
  exercise: Exercise;
  /** Its rank for the chosen muscle; null when no checked figure ranks it. */
  ranked: RankedExercise | null;
  muscle: EmgMuscle;
  novice: boolean;
  inPlan: boolean;
  onToggle: (id: ExerciseId, name: string) => void;
}

/** One exercise: picture, activation for the chosen muscle, how, dosage, evidence, plan button. */
function ExerciseItem({ exercise, ranked, muscle, novice, inPlan, onToggle }: ExerciseItemProps) {
  const focus = useViewer((s) => s.exerciseFocus);
  const setFocus = useViewer((s) => s.setExerciseFocus);
  const words = t.items[exercise.id];
  // Without a checked figure the start is dosed for endurance, the cautious choice.
  const dosage = exerciseDosage(ranked?.band ?? 'moderate', { novice });
  const shown = focus?.exerciseId === exercise.id;
  return (
    <li data-exercise={exercise.id} data-ranked={ranked ? 'yes' : 'no'} className="exercise-item">
      <ExerciseFigure
        pose={exercise.pose}
        gluteusMediusPct={meanActivation(exercise, 'gluteus-medius')}
        gluteusMaximusPct={meanActivation(exercise, 'gluteus-maximus')}
        name={words.name}
      />
      <div>
        <h3>{words.name}</h3>
        {ranked ? (
          <p>
            <strong>{t.activation(t.muscles[muscle], ranked.activationPctMvic)}</strong> ·{' '}
            {t.bands[ranked.band]}
          </p>
        ) : (
          <p className="small muted">{t.noData(t.muscles[muscle])}</p>
        )}
        {ranked?.peakOnly && <p className="small">{t.peakOnly}</p>}
        {exercise.gluteToTflIndex && (
          <p className="small">{t.lowTfl(exercise.gluteToTflIndex.value)}</p>
        )}
        <p className="small">{words.how}</p>
        <p className="small">
          {t.dosage(dosage)} ({t.goal[dosage.goal]}). {words.progression}{' '}
          {t.progression(dosage.loadStepPct)}
        </p>
        <button
          type="button"
          className="show-on-model"
          aria-pressed={shown}
          onClick={() => {
            if (shown) {
              setFocus(null);
              return;
            }
            const activationPctMvic: Record<string, number> = {};
            for (const m of ['gluteus-medius', 'gluteus-maximus'] as const) {
              const pct = meanActivation(exercise, m);
              if (pct !== null) activationPctMvic[m] = pct;
            }
            setFocus({ exerciseId: exercise.id, activationPctMvic });
          }}
        >
          {shown ? t.shownOnModel : t.showOnModel(words.name)}
        </button>
        <details>
          <summary>{t.evidence}</summary>
          <ul className="small">
            {exercise.emg.map((v) => (
              <li key={`${v.source}-${v.muscle}-${v.variant ?? ''}-${v.pctMvic}`}>
                {t.muscles[v.muscle]}: {figureText(v)} — {sourceText(v)}
                {v.variant ? `; ${exerciseText(v.variant)}` : ''} — {checkText(v)}
              </li>
            ))}
          </ul>
          <p className="small">{t.confidence[exercise.confidence]}</p>
          <p className="small muted">{t.dosageSource}</p>
        </details>
        <button
          type="button"
          aria-pressed={inPlan}
          aria-label={`${inPlan ? t.remove : t.add}: ${words.name}`}
          onClick={() => onToggle(exercise.id, words.name)}
        >
          {inPlan ? `${t.inPlan} ✓` : t.add}
        </button>
      </div>
    </li>
  );
}
