import { buildStatement } from '../domain/learning-records';
import { messages } from '../domain/messages';
import type { ViewerState } from '../state';
import type { EventMap } from './api-types';
import type { EventName } from './protocol-envelope';
import { motorPointInfo, structureLabel, viewerSnapshot } from './viewer-snapshot';

export type ViewerEvent = { [K in EventName]: { event: K; detail: EventMap[K] } }[EventName];

/**
 * The discrete events a store change causes (`stateChange` is coalesced by the bridge).
 * Pure: compares two store states.
 */
export function eventsBetween(previous: ViewerState, next: ViewerState): ViewerEvent[] {
  const events: ViewerEvent[] = [];
  if (next.view.selection !== previous.view.selection) {
    const structure = next.view.selection;
    events.push({ event: 'select', detail: { structure, label: structureLabel(structure) } });
  }
  if (next.view.point !== previous.view.point) {
    const point = next.view.point;
    events.push({
      event: 'pointSelect',
      detail: { point, motorPoint: motorPointInfo(next.pointPositions, point) },
    });
  }
  if (next.model !== previous.model && next.model.phase !== previous.model.phase) {
    if (next.model.phase === 'ready') {
      events.push({ event: 'ready', detail: { state: viewerSnapshot(next) } });
    } else if (next.model.phase === 'error') {
      events.push({
        event: 'error',
        detail: {
          code: 'model-error',
          message: messages.embed.errors.modelFailed(next.model.message),
        },
      });
    }
  }
  if (next.learningRecord && next.learningRecord !== previous.learningRecord) {
    const statement = buildStatement(next.learningRecord.record, next.learner, new Date());
    if (statement) events.push({ event: 'statement', detail: statement });
  }
  return events;
}
