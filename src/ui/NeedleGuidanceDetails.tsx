import { MUSCLES } from '../domain/anatomy';
import { messages } from '../domain/messages';
import type { MotorPointRecord } from '../domain/motor-points';
import {
  modelledStructureName,
  NEARBY_HAZARD_M,
  type NeedleGuidance,
  nearbyHazardsSentence,
  overshootSentence,
  ROUTE_DEFAULTS,
} from '../domain/needle';
import { SourceList } from './SourceList';

const n = messages.motorPoints.needle;
const mm = (m: number) => Math.round(m * 1000);
const SAFETY_MM = mm(ROUTE_DEFAULTS.safetyM);

export interface NeedleGuidanceDetailsProps {
  record: MotorPointRecord;
  /** `null` until the scene has measured this point on the model. */
  guidance: NeedleGuidance | null;
  /** Patient mode: plain statements only, no clinical detail. */
  patient: boolean;
}

/**
 * The needle part of a motor point card: the route the domain found on this model (depth,
 * structures crossed, overshoot margin) or why there is none (with the published technique),
 * published depths, and what is near the point but not modelled.
 */
export function NeedleGuidanceDetails({ record, guidance, patient }: NeedleGuidanceDetailsProps) {
  if (!guidance) return <p className="muted small">{n.measuring}</p>;
  const { approach, route, publishedDepth, unmodelledNearby, modelledNearby } = guidance;
  return (
    <div data-testid="needle-path">
      {approach.kind === 'image-guided' && (
        <>
          <p data-testid="needle-statement">
            <strong>{n.noStraightRoute}</strong> {n.imageGuided[approach.technique]}
          </p>
          {!patient && <SourceList sources={n.techniqueSources[approach.technique]} />}
        </>
      )}
      {approach.kind === 'surface-electrode' && (
        <p data-testid="needle-statement">{n.surfaceElectrode}</p>
      )}
      {approach.kind === 'no-location' && <p data-testid="needle-statement">{n.noLocation}</p>}
      {route?.kind === 'none' && (
        <p data-testid="needle-statement">
          <strong>{n.noStraightRoute}</strong>{' '}
          {route.reason === 'no-skin' ? n.noSkin : n.blocked(SAFETY_MM)}
          {route.blockedBy.length > 0 &&
            ` ${n.blockedBy(route.blockedBy.map(modelledStructureName).join(', '))}`}
        </p>
      )}
      {route?.kind === 'route' && (
        <>
          <p data-testid="needle-depth">{n.depth(mm(route.depthM))}</p>
          <p
            data-testid="overshoot"
            className={route.overshoot?.warning ? 'notice-inline warning' : undefined}
            role={route.overshoot?.warning ? 'alert' : undefined}
          >
            {overshootSentence(route)}
          </p>
          {route.atTarget.map((near) => (
            <p key={near.structure.key} className="notice-inline">
              {n.atTarget(modelledStructureName(near.structure), mm(near.distanceM))}
            </p>
          ))}
          {!patient && (
            <>
              <p data-testid="hazards-near">
                {nearbyHazardsSentence(guidance.nearbyHazards, NEARBY_HAZARD_M)}
              </p>
              <p className="label">{n.crossedHeading}</p>
              <ol className="tissues" data-testid="needle-tissues">
                {route.crossed.map((s) => (
                  <li key={s.key}>{modelledStructureName(s)}</li>
                ))}
              </ol>
              <p className="muted small">
                {n.chosen(route.tried, route.clear, SAFETY_MM, route.roomBeyond)}
              </p>
            </>
          )}
        </>
      )}
      {publishedDepth && (
        <>
          <p className="label">{n.publishedDepthHeading}</p>
          <ul className="small" data-testid="published-depth">
            {publishedDepth.skinToMuscleMm && (
              <li>
                {n.skinToMuscle(
                  (
                    MUSCLES.find((m) => m.id === record.muscle)?.label ?? record.muscle
                  ).toLowerCase(),
                  publishedDepth.skinToMuscleMm[0],
                  publishedDepth.skinToMuscleMm[1],
                )}
              </li>
            )}
            {publishedDepth.deeperThan?.map((d) => (
              <li key={d.mm}>{n.deeperThan(d.mm, d.percent)}</li>
            ))}
            {publishedDepth.targetWithinMusclePct && (
              <li>
                {n.withinMuscle(
                  publishedDepth.targetWithinMusclePct[0],
                  publishedDepth.targetWithinMusclePct[1],
                )}
              </li>
            )}
          </ul>
          {!patient && (
            <SourceList
              sources={publishedDepth.sources.map((s) => ({
                title: s.citation,
                url: s.doi ? `https://doi.org/${s.doi}` : null,
              }))}
            />
          )}
        </>
      )}
      {modelledNearby.length > 0 && (
        <>
          <p className="label">{n.modelledNearbyHeading}</p>
          <ul className="small" data-testid="modelled-nearby">
            {modelledNearby.map((id) => (
              <li key={id}>{n.nearby[id]}</li>
            ))}
          </ul>
        </>
      )}
      {unmodelledNearby.length > 0 && (
        <>
          <p className="label">{n.unmodelledHeading}</p>
          <ul className="small" data-testid="unmodelled">
            {unmodelledNearby.map((id) => (
              <li key={id}>{n.nearby[id]}</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted small">{n.modelledOnly}</p>
    </div>
  );
}
