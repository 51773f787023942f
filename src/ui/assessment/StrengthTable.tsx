import {
  ASSESSMENT_LIMITS,
  type Assessment,
  findingFromChoice,
  MUSCLE_GROUPS,
  OXFORD_GRADES,
  strengthChoice,
  withStrength,
} from '../../domain/assessment';
import { messages } from '../../domain/messages';
import { ASSESSMENT_SIDES } from './sides';

const t = messages.assessment.panel;

/** Manual muscle test (Oxford) or dynamometer % per muscle group and side. */
export function StrengthTable({
  assessment,
  onChange,
}: {
  assessment: Assessment;
  onChange: (next: Assessment) => void;
}) {
  const [minPct, maxPct] = ASSESSMENT_LIMITS.percentOfNorm;
  return (
    <table className="assessment-strength">
      <caption>{t.strengthHeading}</caption>
      <thead>
        <tr>
          <td />
          {ASSESSMENT_SIDES.map((side) => (
            <th key={side} scope="col">
              {t.sides[side]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {MUSCLE_GROUPS.map((group) => (
          <tr key={group}>
            <th scope="row">{t.groups[group]}</th>
            {ASSESSMENT_SIDES.map((side) => {
              const finding = assessment.strength[side]?.[group];
              const label = t.strengthLabel(t.sides[side], t.groups[group]);
              return (
                <td key={side}>
                  <select
                    aria-label={label}
                    value={strengthChoice(finding)}
                    onChange={(event) =>
                      onChange(
                        withStrength(
                          assessment,
                          side,
                          group,
                          findingFromChoice(event.target.value, finding),
                        ),
                      )
                    }
                  >
                    <option value="">{t.notTested}</option>
                    {OXFORD_GRADES.map((g) => (
                      <option key={g} value={`o${g}`}>
                        {t.grade(g)}
                      </option>
                    ))}
                    <option value="d">{t.methodDynamometer}</option>
                  </select>
                  {finding?.kind === 'dynamometer' && (
                    <input
                      type="number"
                      min={minPct}
                      max={maxPct}
                      step={1}
                      aria-label={`${label}: ${t.percentOfNorm}`}
                      value={finding.percentOfNorm}
                      onChange={(event) => {
                        const percentOfNorm = event.target.valueAsNumber;
                        // An unfinished entry (empty, out of range) keeps the last valid figure.
                        const next = { kind: 'dynamometer', percentOfNorm } as const;
                        const edited = withStrength(assessment, side, group, next);
                        if (edited.strength[side]?.[group]) onChange(edited);
                      }}
                    />
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
