/**
 * Flags: situations a result should point out, each with a plain-language message.
 *
 * Frame and sign conventions: none (messages only).
 */
import type { MuscleId } from '../anatomy/muscles';
import { MUSCLES } from '../anatomy/muscles';
import { mechanics as text } from '../messages/en/mechanics';

export type MechanicsFlagId =
  | 'cannot-hold-pelvis-level'
  | 'cannot-balance'
  | 'cane-exceeds-abductor-need'
  | 'centre-of-pressure-outside-foot'
  | 'forced-posture-beyond-capacity'
  | 'cane-ignored'
  | 'forced-posture-ignored'
  | 'hinge-extensor-overload'
  | 'weakness-covered'
  | 'abductor-weakness-idle'
  | 'tightness-not-modelled'
  | 'weakness-not-modelled';

export interface MechanicsFlag {
  readonly id: MechanicsFlagId;
  readonly message: string;
}

function flag(id: MechanicsFlagId, message: string): MechanicsFlag {
  return Object.freeze({ id, message });
}

/** The flags with a fixed message (shared, frozen objects). */
export const FLAGS = Object.freeze({
  cannotHoldPelvisLevel: flag('cannot-hold-pelvis-level', text.flags.cannotHoldPelvisLevel),
  cannotBalance: flag('cannot-balance', text.flags.cannotBalance),
  caneExceedsAbductorNeed: flag('cane-exceeds-abductor-need', text.flags.caneExceedsAbductorNeed),
  centreOfPressureOutsideFoot: flag(
    'centre-of-pressure-outside-foot',
    text.flags.centreOfPressureOutsideFoot,
  ),
  forcedPostureBeyondCapacity: flag(
    'forced-posture-beyond-capacity',
    text.flags.forcedPostureBeyondCapacity,
  ),
  caneIgnored: flag('cane-ignored', text.flags.caneIgnored),
  forcedPostureIgnored: flag('forced-posture-ignored', text.flags.forcedPostureIgnored),
  hingeExtensorOverload: flag('hinge-extensor-overload', text.flags.hingeExtensorOverload),
  weaknessCovered: flag('weakness-covered', text.flags.weaknessCovered),
  abductorWeaknessIdle: flag('abductor-weakness-idle', text.flags.abductorWeaknessIdle),
});

function muscleList(ids: readonly MuscleId[]): string {
  return ids.map((id) => (MUSCLES.find((m) => m.id === id)?.label ?? id).toLowerCase()).join(', ');
}

export function tightnessNotModelledFlag(ids: readonly MuscleId[]): MechanicsFlag {
  return flag('tightness-not-modelled', text.flags.tightnessNotModelled(muscleList(ids)));
}

export function weaknessNotModelledFlag(ids: readonly MuscleId[]): MechanicsFlag {
  return flag('weakness-not-modelled', text.flags.weaknessNotModelled(muscleList(ids)));
}
