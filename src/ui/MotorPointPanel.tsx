import { MUSCLE_IDS, MUSCLES } from '../domain/anatomy';
import { messages } from '../domain/messages';
import {
  CONFIDENCES,
  type Confidence,
  MOTOR_POINTS,
  motorPointLabel,
  POINT_TYPES,
  pointKindText,
} from '../domain/motor-points';
import { passesMarkerFilters, preferredSide } from '../domain/view-state';
import { useViewer } from '../state';
import './handout.css';

const t = messages.motorPoints;

/** Filters, legend and a keyboard-reachable list of the points that mirrors the markers. */
export function MotorPointPanel() {
  const markers = useViewer((s) => s.view.markers);
  const selectedPoint = useViewer((s) => s.view.point);
  const side = useViewer((s) => preferredSide(s.view.camera));
  const setMarkers = useViewer((s) => s.setMarkers);
  const showMarkersOf = useViewer((s) => s.showMarkersOf);
  const selectPoint = useViewer((s) => s.selectPoint);
  const errors = useViewer((s) => s.placementErrors);
  const announce = useViewer((s) => s.announce);
  const acupuncture = useViewer((s) => s.view.acupuncture);
  const setAcupuncture = useViewer((s) => s.setAcupuncture);

  // The list follows the filters even while the markers themselves are switched off.
  const listed = MOTOR_POINTS.filter((record) =>
    passesMarkerFilters({ ...markers, shown: true }, record),
  );

  return (
    <section className="panel motor-point-panel" aria-labelledby="points-title">
      <h2 id="points-title">{t.panel.title}</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={markers.shown}
          onChange={(e) => setMarkers({ shown: e.target.checked })}
        />
        {t.panel.show}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={markers.xray}
          onChange={(e) => setMarkers({ xray: e.target.checked })}
        />
        {t.panel.xray}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={acupuncture}
          data-testid="acupuncture-toggle"
          onChange={(e) => setAcupuncture(e.target.checked)}
        />
        <span className="glyph glyph-acupuncture" aria-hidden="true" />
        {messages.clinician.acupuncture.toggle}
      </label>
      <div className="filters">
        <label>
          {t.panel.muscleFilter}
          <select
            value={markers.muscle ?? ''}
            onChange={(e) =>
              showMarkersOf((e.target.value || null) as (typeof MUSCLE_IDS)[number] | null)
            }
          >
            <option value="">{t.panel.allMuscles}</option>
            {MUSCLE_IDS.map((id) => (
              <option key={id} value={id}>
                {MUSCLES.find((m) => m.id === id)?.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.panel.confidenceFilter}
          <select
            value={markers.minConfidence ?? ''}
            onChange={(e) =>
              setMarkers({ minConfidence: (e.target.value || null) as Confidence | null })
            }
          >
            <option value="">{t.panel.allConfidence}</option>
            {CONFIDENCES.filter((c) => c !== 'low').map((c) => (
              <option key={c} value={c}>
                {t.panel.atLeast(t.confidence[c].label)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="types">
        <legend>{t.panel.typeFilter}</legend>
        {POINT_TYPES.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              checked={markers.types.includes(type)}
              onChange={(e) =>
                setMarkers({
                  types: POINT_TYPES.filter((x) =>
                    x === type ? e.target.checked : markers.types.includes(x),
                  ),
                })
              }
            />
            <span className={`glyph glyph-${type}`} aria-hidden="true" />
            {t.pointTypes[type].label} <span className="muted">({t.panel.glyphs[type]})</span>
          </label>
        ))}
      </fieldset>
      <details className="legend">
        <summary>{t.panel.legend}</summary>
        <ul>
          {CONFIDENCES.map((c) => (
            <li key={c}>
              <span className={`swatch swatch-${c}`} aria-hidden="true" /> {t.confidence[c].label}:{' '}
              {t.confidence[c].explanation}
            </li>
          ))}
          {POINT_TYPES.map((type) => (
            <li key={type}>
              <span className={`glyph glyph-${type}`} aria-hidden="true" />{' '}
              {t.pointTypes[type].label}: {t.pointTypes[type].explanation}
            </li>
          ))}
          <li>{t.panel.midpoint}</li>
          <li>
            <span className="glyph glyph-acupuncture" aria-hidden="true" />{' '}
            {messages.clinician.acupuncture.legend}
          </li>
          <li>{t.regionExplanation}</li>
        </ul>
      </details>
      <h3 id="point-list-title">{t.panel.listTitle}</h3>
      <p className="muted small">{t.panel.countShown(listed.length, MOTOR_POINTS.length)}</p>
      {listed.length === 0 ? (
        <p>{t.panel.none}</p>
      ) : (
        <ul className="point-list" aria-labelledby="point-list-title">
          {listed.map((record) => {
            const key = `${record.id}:${side}` as const;
            const selected = selectedPoint?.startsWith(`${record.id}:`) ?? false;
            return (
              <li key={record.id}>
                <button
                  type="button"
                  className="point-button"
                  aria-pressed={selected}
                  data-point={record.id}
                  onClick={() => {
                    selectPoint(key, { frame: true });
                    announce(messages.layers.announceSelect(motorPointLabel(record)));
                  }}
                >
                  <span className={`glyph glyph-${record.pointType}`} aria-hidden="true" />
                  <span className={`swatch swatch-${record.confidence}`} aria-hidden="true" />
                  <span>{motorPointLabel(record)}</span>
                  {record.axisUnverified && (
                    <span className="axis-flag" title={t.axisUnverifiedExplanation}>
                      {t.axisUnverifiedShort}
                    </span>
                  )}
                  <span className="visually-hidden">
                    {' '}
                    — {pointKindText(record).label}, {t.confidence[record.confidence].label}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {errors.length > 0 && (
        <div className="notice-inline" role="note">
          <p>{t.panel.placementProblems}</p>
          <ul>
            {errors.map((e) => (
              <li key={`${e.module}:${e.recordId}:${e.side}`}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
