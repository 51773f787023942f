import {
  ACTIVITY_LEVELS,
  ASSESSMENT_LIMITS,
  type Assessment,
  PAIN_SITES,
  withActivity,
  withAge,
  withPainSite,
  withSideSign,
  withThomas,
} from '../../domain/assessment';
import { messages } from '../../domain/messages';
import { ASSESSMENT_SIDES } from './sides';

const t = messages.assessment.panel;

interface Props {
  assessment: Assessment;
  onChange: (next: Assessment) => void;
}

function SignPerSide({ assessment, onChange, test }: Props & { test: 'trendelenburg' | 'ober' }) {
  return (
    <fieldset>
      <legend>{t[test]}</legend>
      {ASSESSMENT_SIDES.map((side) => (
        <label key={side} className="inline">
          <input
            type="checkbox"
            checked={assessment[test][side] === true}
            onChange={(event) =>
              onChange(withSideSign(assessment, test, side, event.target.checked))
            }
          />{' '}
          {t.sides[side]}
        </label>
      ))}
    </fieldset>
  );
}

/** Special tests, pain sites, activity and age: the rest of the examination. */
export function ExamFindings({ assessment, onChange }: Props) {
  const [minThomas, maxThomas] = ASSESSMENT_LIMITS.thomasDeg;
  const [minAge, maxAge] = ASSESSMENT_LIMITS.ageYears;
  return (
    <>
      <SignPerSide assessment={assessment} onChange={onChange} test="trendelenburg" />
      <fieldset>
        <legend>{t.thomas}</legend>
        {ASSESSMENT_SIDES.map((side) => (
          <label key={side} className="inline">
            {t.sides[side]}{' '}
            <input
              type="number"
              min={minThomas}
              max={maxThomas}
              step={1}
              value={assessment.thomasDeg[side] ?? ''}
              onChange={(event) =>
                onChange(withThomas(assessment, side, event.target.valueAsNumber))
              }
            />
          </label>
        ))}
      </fieldset>
      <SignPerSide assessment={assessment} onChange={onChange} test="ober" />
      <fieldset>
        <legend>{t.painHeading}</legend>
        {PAIN_SITES.map((site) => (
          <label key={site} className="inline">
            <input
              type="checkbox"
              checked={assessment.painSites.includes(site)}
              onChange={(event) => onChange(withPainSite(assessment, site, event.target.checked))}
            />{' '}
            {t.pain[site]}
          </label>
        ))}
      </fieldset>
      <div className="assessment-person">
        <label>
          {t.activity}{' '}
          <select
            value={assessment.activity ?? ''}
            onChange={(event) => onChange(withActivity(assessment, event.target.value))}
          >
            <option value="">{t.notTested}</option>
            {ACTIVITY_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t.activityLevels[level]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t.age}{' '}
          <input
            type="number"
            min={minAge}
            max={maxAge}
            step={1}
            value={assessment.ageYears ?? ''}
            onChange={(event) => onChange(withAge(assessment, event.target.valueAsNumber))}
          />
        </label>
      </div>
    </>
  );
}
