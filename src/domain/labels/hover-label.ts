import { ACUPUNCTURE_POINTS } from '../acupuncture/data/acupuncture-points';
import type { BilateralSide, StructureKey } from '../anatomy';
import { messages } from '../messages';
import { MOTOR_POINTS } from '../motor-points/data/motor-points';
import { motorPointLabel, pointKindText } from '../motor-points/motor-point-label';
import type { PlacedPoint } from '../motor-points/place-motor-point';
import { structureName } from './structure-name';

/** What the pointer is over (or what was clicked), as the scene identifies it. */
export type PointerTarget =
  | { readonly kind: 'structure'; readonly key: StructureKey }
  | {
      readonly kind: 'motor-point';
      readonly point: Pick<PlacedPoint, 'recordId' | 'side' | 'pointType' | 'axisUnverified'>;
    }
  | { readonly kind: 'acupuncture'; readonly code: string; readonly side: BilateralSide };

const RECORD_BY_ID = new Map(MOTOR_POINTS.map((r) => [r.id, r]));
const ACUPUNCTURE_BY_CODE = new Map(ACUPUNCTURE_POINTS.map((p) => [p.code, p]));

/**
 * The target's name with its side, as the announcer says it on selection. `null` for an
 * acupuncture code this app has no record of (nothing true to say about it). A structure or
 * motor point without a vocabulary entry (a brought model's own) is named by its id.
 */
export function targetName(target: PointerTarget): string | null {
  switch (target.kind) {
    case 'structure':
      return structureName(target.key);
    case 'motor-point': {
      const record = RECORD_BY_ID.get(target.point.recordId);
      return record ? motorPointLabel(record) : target.point.recordId;
    }
    case 'acupuncture': {
      const record = ACUPUNCTURE_BY_CODE.get(target.code);
      return record
        ? messages.clinician.acupuncture.hoverLabel(record.code, record.pinyin, target.side)
        : null;
    }
  }
}

/**
 * The label beside the pointer: the target's name and, for a point, what kind of point it is
 * (and that its axis is unverified, when it is). `null` when nothing should show.
 */
export function hoverLabel(target: PointerTarget): string | null {
  switch (target.kind) {
    case 'structure':
      return targetName(target);
    case 'motor-point': {
      const { point } = target;
      const record = RECORD_BY_ID.get(point.recordId);
      const name = messages.learning.onSide(targetName(target) ?? point.recordId, point.side);
      const kind = record
        ? pointKindText(record).label
        : messages.motorPoints.pointTypes[point.pointType].label;
      const caveat = point.axisUnverified ? ` · ${messages.motorPoints.axisUnverifiedShort}` : '';
      return `${name} · ${kind}${caveat}`;
    }
    case 'acupuncture': {
      const name = targetName(target);
      return name === null ? null : `${name} · ${messages.clinician.acupuncture.pointKind}`;
    }
  }
}
