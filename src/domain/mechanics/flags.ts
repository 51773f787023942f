/**
 * Flags: situations a result should point out, each with a plain-language message.
 *
 * Frame and sign conventions: none (messages only).
 */
import type { MuscleId } from '../anatomy/muscles';
import { MUSCLES } from '../anatomy/muscles';
import { mechanics as text } from '../messages/en/mechanics';

type MechanicsFlagId =
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

type FlagTexts = typeof text.flags;
/** The flags whose message is a fixed sentence (not a function of the muscles named). */
type FixedFlagKey = {
  [K in keyof FlagTexts]: FlagTexts[K] extends string ? K : never;
}[keyof FlagTexts];

/**
 * A fixed flag whose message is read when shown, not when this module loads: the language may be
 * applied after that, or changed by an embedding page.
 */
function fixedFlag(id: MechanicsFlagId, key: FixedFlagKey): MechanicsFlag {
  return Object.freeze({
    id,
    get message() {
      return text.flags[key];
    },
  });
}

/** The flags with a fixed message (shared, frozen objects). */
export const FLAGS = Object.freeze({
  cannotHoldPelvisLevel: fixedFlag('cannot-hold-pelvis-level', 'cannotHoldPelvisLevel'),
  cannotBalance: fixedFlag('cannot-balance', 'cannotBalance'),
  caneExceedsAbductorNeed: fixedFlag('cane-exceeds-abductor-need', 'caneExceedsAbductorNeed'),
  centreOfPressureOutsideFoot: fixedFlag(
    'centre-of-pressure-outside-foot',
    'centreOfPressureOutsideFoot',
  ),
  forcedPostureBeyondCapacity: fixedFlag(
    'forced-posture-beyond-capacity',
    'forcedPostureBeyondCapacity',
  ),
  caneIgnored: fixedFlag('cane-ignored', 'caneIgnored'),
  forcedPostureIgnored: fixedFlag('forced-posture-ignored', 'forcedPostureIgnored'),
  hingeExtensorOverload: fixedFlag('hinge-extensor-overload', 'hingeExtensorOverload'),
  weaknessCovered: fixedFlag('weakness-covered', 'weaknessCovered'),
  abductorWeaknessIdle: fixedFlag('abductor-weakness-idle', 'abductorWeaknessIdle'),
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
