/**
 * The dysfunction mechanics model: input -> posture (behaviour layer) -> loads (mechanics layer).
 *
 * Frame and sign conventions: as in `input.ts` and `result.ts`. Frontal plane from behind with
 * x medial from the stance hip (`frontal-plane.ts`, `knee.ts`); sagittal plane with x forward
 * (`sagittal-plane.ts`, `pelvic-tilt.ts`, `hip-hinge.ts`). Forces in BW, moments in N·m/kg.
 *
 * Weakness changes loads only through posture: the capacities decide the posture; the loads are
 * statics of that posture. So a weakness that leaves enough capacity changes nothing
 * (Kendall 2013; Pohl 2015).
 */
import { choosePosture } from './compensation';
import type { MechanicsFlag } from './flags';
import { FLAGS, tightnessNotModelledFlag, weaknessNotModelledFlag } from './flags';
import {
  abductorCapacityNmPerKg,
  activeAbductorForceUnflooredBW,
  caneLeverM,
  externalAdductionMomentBWM,
  hipJointReactionBW,
  neutralGravityMomentBWM,
  passiveAbductionMomentNmPerKg,
  passiveAbductorForceBW,
  stanceHipSuperincumbentWeightBW,
} from './frontal-plane';
import type { HipExtensorShares } from './hip-hinge';
import { hipExtensorShares } from './hip-hinge';
import type { MechanicsInput } from './input';
import {
  footReactionOffsetM,
  isCentreOfPressureOutsideFoot,
  kneeAdductionMomentNmPerKg,
  wholeBodyComOffsetM,
} from './knee';
import {
  l5s1SideBendingMomentBWM,
  sideBendingHolder,
  sideBendingMuscleForceBW,
} from './lumbar-side-bending';
import { outputTableFor } from './outputs';
import type { MechanicsParameters } from './parameters';
import { GRAVITY_M_PER_S2, MECHANICS_PARAMETER_KEYS, scaleParameters } from './parameters';
import {
  anteriorPelvicTiltChangeDeg,
  hipExtensionDeficitDeg,
  lumbarLordosisChangeDeg,
} from './pelvic-tilt';
import type { MechanicsChange, MechanicsResult, MechanicsState, MechanicsWorking } from './result';
import {
  erectorSpinaeForceBW,
  l5s1CompressionBW,
  l5s1ShearBW,
  psoasForceBW,
} from './sagittal-plane';
import type { NormalisedInput } from './validate-input';
import { validateInput } from './validate-input';

const g = GRAVITY_M_PER_S2;
const NO_FLAGS: readonly MechanicsFlag[] = Object.freeze([]);
/** Below this lean on the pelvis (deg) the knee moment is not called lean-driven. */
const LEAN_DRIVES_KNEE_DEG = 0.5;

const HEALTHY_ABDUCTORS = Object.freeze({
  gluteusMedius: 1,
  gluteusMinimus: 1,
  tensorFasciaeLatae: 1,
  upperGluteusMaximus: 1,
  piriformis: 1,
});

interface Evaluation extends MechanicsState {
  readonly working: MechanicsWorking;
}

/**
 * Posture and loads for validated input and height-scaled parameters. `healthy` evaluates the
 * reference person: all capacities 1, no tightness, no cane, no forced posture. Flags are pushed
 * to `flags` when it is given.
 */
function evaluate(
  n: NormalisedInput,
  p: MechanicsParameters,
  healthy: boolean,
  flags: MechanicsFlag[] | null,
): Evaluation {
  // --- Sagittal plane (all tasks) -------------------------------------------------------------
  const tightness = healthy ? 0 : n.iliopsoasTightness;
  const extensionDeficitDeg = hipExtensionDeficitDeg(tightness, p);
  const tiltDeg = anteriorPelvicTiltChangeDeg(tightness, p);
  const slopeChangeDeg = tiltDeg; // rigid pelvis: dSS = dAPT
  const lordosisDeg = lumbarLordosisChangeDeg(slopeChangeDeg, p);
  const activation = n.psoasActivation ?? p.psoasStandingActivation;
  const psoasBW = psoasForceBW(p, activation, n.bodyMassKg);
  const compressionBW = l5s1CompressionBW(p, slopeChangeDeg, n.trunkFlexionDeg, psoasBW);
  const shearBW = l5s1ShearBW(p, slopeChangeDeg, psoasBW);
  const erectorBW = erectorSpinaeForceBW(p, n.trunkFlexionDeg);

  if (n.taskKind !== 'single-leg-stance') {
    // Symmetric two-leg stance: no drop or lean, no abductor force, half the HAT on each hip.
    let shares: HipExtensorShares | null = null;
    if (n.taskKind === 'hip-hinge') {
      shares = hipExtensorShares(p, n.trunkFlexionDeg, healthy ? 1 : n.capacityGluteusMaximus);
      if (flags && shares.activation > p.usableCapacityFraction) {
        flags.push(FLAGS.hingeExtensorOverload);
      }
    }
    if (flags) {
      if (n.caneSide !== null) flags.push(FLAGS.caneIgnored);
      if (n.hasForcedPosture) flags.push(FLAGS.forcedPostureIgnored);
      if (n.hasAbductorWeakness) flags.push(FLAGS.abductorWeaknessIdle);
    }
    const perHipBW = (1 - 2 * p.legMassFraction) / 2;
    return {
      posture: {
        pelvicDropDeg: 0,
        trunkLeanDeg: 0,
        trunkLeanOnPelvisDeg: 0,
        hipAdductionDeg: 0,
        anteriorPelvicTiltChangeDeg: tiltDeg,
        lumbarLordosisChangeDeg: lordosisDeg,
      },
      loads: {
        superincumbentWeightBW: perHipBW,
        bodyWeightMomentArmM: 0,
        abductorForceBW: 0,
        passiveAbductorForceBW: 0,
        hipJointReactionBW: perHipBW,
        kneeAdductionMomentNmPerKg: 0,
        l5s1CompressionBW: compressionBW,
        l5s1ShearBW: shearBW,
        l5s1SideBendingMomentNmPerKg: 0,
        sideBendingMuscleForceBW: 0,
        l5s1CompressionWithSideBendingBW: compressionBW,
      },
      hipExtensorShares: shares,
      working: {
        abductorCapacityNmPerKg: 0,
        usableCapacityNmPerKg: 0,
        neutralDemandNmPerKg: 0,
        deficitNmPerKg: 0,
        caneLoadBW: 0,
        caneMomentNmPerKg: 0,
        externalAdductionMomentNmPerKg: 0,
        passiveAbductionMomentNmPerKg: 0,
        footReactionOffsetM: 0,
        hipExtensionDeficitDeg: extensionDeficitDeg,
        erectorSpinaeForceBW: erectorBW,
        psoasForceBW: psoasBW,
        sideBendingHolder: 'none',
      },
    };
  }

  // --- Frontal plane, one-leg stance ---------------------------------------------------------
  const capacity0 =
    n.baselineStrength === 'older-adult'
      ? p.abductorCapacityOlderNmPerKg
      : p.abductorCapacityYoungNmPerKg;
  const capacityNmPerKg = healthy
    ? abductorCapacityNmPerKg(capacity0, p, HEALTHY_ABDUCTORS)
    : abductorCapacityNmPerKg(capacity0, p, {
        gluteusMedius: n.capacityGluteusMedius,
        gluteusMinimus: n.capacityGluteusMinimus,
        tensorFasciaeLatae: n.capacityTensorFasciaeLatae,
        upperGluteusMaximus: n.capacityGluteusMaximus,
        piriformis: n.capacityPiriformis,
      });
  const usableNmPerKg = p.usableCapacityFraction * capacityNmPerKg;
  const caneLoadBW = healthy ? 0 : n.caneLoadBW;
  const caneLever = healthy ? 0 : caneLeverM(n.caneSide, p);
  const neutralDemandNmPerKg = g * externalAdductionMomentBWM(p, 0, 0, caneLoadBW, caneLever);
  const deficitNmPerKg = neutralDemandNmPerKg - usableNmPerKg;

  let dropDeg: number;
  let leanOnPelvisDeg: number;
  const forced = !healthy && n.hasForcedPosture;
  if (forced) {
    dropDeg = n.forcedDropDeg;
    // Only the drop given: the trunk follows the pelvis (world lean = -drop, lean on pelvis 0).
    leanOnPelvisDeg = n.forcedWorldLeanDeg === null ? 0 : n.forcedWorldLeanDeg + dropDeg;
  } else {
    const choice = choosePosture(deficitNmPerKg, n.compensationStyle, p);
    dropDeg = choice.dropDeg;
    leanOnPelvisDeg = choice.leanOnPelvisDeg;
    if (flags) {
      if (choice.dropCapped) flags.push(FLAGS.cannotHoldPelvisLevel);
      if (choice.leanLimited) flags.push(FLAGS.cannotBalance);
      if (deficitNmPerKg <= 0 && n.hasAbductorWeakness) flags.push(FLAGS.weaknessCovered);
    }
  }

  const momentBWM = externalAdductionMomentBWM(p, dropDeg, leanOnPelvisDeg, caneLoadBW, caneLever);
  const passiveNmPerKg = passiveAbductionMomentNmPerKg(p, dropDeg);
  const activeUnflooredBW = activeAbductorForceUnflooredBW(p, momentBWM, dropDeg);
  const activeBW = Math.max(activeUnflooredBW, 0);
  const passiveBW = passiveAbductorForceBW(p, dropDeg);
  const reactionBW = hipJointReactionBW(p, activeBW + passiveBW, caneLoadBW);
  if (flags) {
    if (activeUnflooredBW < 0 && caneLoadBW > 0) flags.push(FLAGS.caneExceedsAbductorNeed);
    if (forced && g * momentBWM - passiveNmPerKg > capacityNmPerKg) {
      flags.push(FLAGS.forcedPostureBeyondCapacity);
    }
  }

  // Knee: the posture moves the whole-body COM by the change of the gravity moment (C = 0).
  const gravityMomentBWM = momentBWM + caneLoadBW * caneLever;
  const neutralComM = wholeBodyComOffsetM(p);
  const comM = neutralComM + gravityMomentBWM - neutralGravityMomentBWM(p);
  const footM = footReactionOffsetM(comM, caneLoadBW, caneLever);
  const kamNmPerKg = kneeAdductionMomentNmPerKg(footM, neutralComM, caneLoadBW);
  if (flags && isCentreOfPressureOutsideFoot(footM, neutralComM)) {
    flags.push(FLAGS.centreOfPressureOutsideFoot);
  }

  // Lower back, frontal plane: the upper body tilted by the world lean (lean on pelvis - drop).
  const sideMomentBWM = l5s1SideBendingMomentBWM(p, leanOnPelvisDeg - dropDeg);
  const sideForceBW = sideBendingMuscleForceBW(p, sideMomentBWM);

  const superincumbentBW = stanceHipSuperincumbentWeightBW(p);
  return {
    posture: {
      pelvicDropDeg: dropDeg,
      trunkLeanDeg: leanOnPelvisDeg - dropDeg,
      trunkLeanOnPelvisDeg: leanOnPelvisDeg,
      hipAdductionDeg: dropDeg,
      anteriorPelvicTiltChangeDeg: tiltDeg,
      lumbarLordosisChangeDeg: lordosisDeg,
    },
    loads: {
      superincumbentWeightBW: superincumbentBW,
      bodyWeightMomentArmM: gravityMomentBWM / superincumbentBW,
      abductorForceBW: activeBW,
      passiveAbductorForceBW: passiveBW,
      hipJointReactionBW: reactionBW,
      kneeAdductionMomentNmPerKg: kamNmPerKg,
      l5s1CompressionBW: compressionBW,
      l5s1ShearBW: shearBW,
      l5s1SideBendingMomentNmPerKg: g * sideMomentBWM,
      sideBendingMuscleForceBW: sideForceBW,
      l5s1CompressionWithSideBendingBW: compressionBW + sideForceBW,
    },
    hipExtensorShares: null,
    working: {
      abductorCapacityNmPerKg: capacityNmPerKg,
      usableCapacityNmPerKg: usableNmPerKg,
      neutralDemandNmPerKg,
      deficitNmPerKg,
      caneLoadBW,
      caneMomentNmPerKg: g * caneLoadBW * caneLever,
      externalAdductionMomentNmPerKg: g * momentBWM,
      passiveAbductionMomentNmPerKg: passiveNmPerKg,
      footReactionOffsetM: footM,
      hipExtensionDeficitDeg: extensionDeficitDeg,
      erectorSpinaeForceBW: erectorBW,
      psoasForceBW: psoasBW,
      sideBendingHolder: sideBendingHolder(sideMomentBWM),
    },
  };
}

// --- Baseline cache (one entry) ---------------------------------------------------------------

let cachedKey: NormalisedInput | null = null;
let cachedBaseline: MechanicsState | null = null;

function sameBaselineKey(a: NormalisedInput, b: NormalisedInput): boolean {
  if (
    a.bodyMassKg !== b.bodyMassKg ||
    a.heightM !== b.heightM ||
    a.baselineStrength !== b.baselineStrength ||
    a.taskKind !== b.taskKind ||
    a.trunkFlexionDeg !== b.trunkFlexionDeg ||
    a.psoasActivation !== b.psoasActivation
  ) {
    return false;
  }
  if (a.parameters === b.parameters) return true;
  for (const key of MECHANICS_PARAMETER_KEYS) {
    if (a.parameters[key] !== b.parameters[key]) return false;
  }
  return true;
}

function freezeState(e: Evaluation): MechanicsState {
  return Object.freeze({
    posture: Object.freeze(e.posture),
    loads: Object.freeze(e.loads),
    hipExtensorShares: e.hipExtensorShares
      ? Object.freeze({
          ...e.hipExtensorShares,
          gluteusMaximus: Object.freeze(e.hipExtensorShares.gluteusMaximus),
          hamstrings: Object.freeze(e.hipExtensorShares.hamstrings),
          adductorMagnus: Object.freeze(e.hipExtensorShares.adductorMagnus),
        })
      : null,
  });
}

function baselineFor(n: NormalisedInput, p: MechanicsParameters): MechanicsState {
  if (cachedBaseline !== null && cachedKey !== null && sameBaselineKey(cachedKey, n)) {
    return cachedBaseline;
  }
  const baseline = freezeState(evaluate(n, p, true, null));
  cachedKey = n;
  cachedBaseline = baseline;
  return baseline;
}

/**
 * The same person with no dysfunction, no cane and no forced posture (body, baseline strength,
 * task, psoas activation and parameters kept). Frozen and cached (one entry), so repeated calls
 * while only the dysfunction changes cost one comparison.
 * @throws MechanicsInputError for invalid input.
 * @internal
 */
export function simulateBaseline(input?: MechanicsInput): MechanicsState {
  const n = validateInput(input);
  return baselineFor(n, scaleParameters(n.parameters, n.heightM));
}

function percentChange(now: number, base: number): number {
  return Math.abs(base) < 1e-12 ? 0 : ((now - base) / Math.abs(base)) * 100;
}

/**
 * Runs the model: the posture a person adopts for the given dysfunction and task (behaviour
 * layer) and the loads at hip, knee and L5/S1 for that posture (mechanics layer), with the
 * change against the same person without dysfunction, flags and the trust of every output.
 * @throws MechanicsInputError for invalid input (the message names the field and the range).
 */
export function simulate(input?: MechanicsInput): MechanicsResult {
  const n = validateInput(input);
  const p = scaleParameters(n.parameters, n.heightM);
  const collected: MechanicsFlag[] = [];
  const now = evaluate(n, p, false, collected);
  if (n.unmodelledTightness.length > 0) {
    collected.push(tightnessNotModelledFlag(n.unmodelledTightness));
  }
  if (n.unmodelledWeakness.length > 0) {
    collected.push(weaknessNotModelledFlag(n.unmodelledWeakness));
  }
  const baseline = baselineFor(n, p);
  const change: MechanicsChange = {
    abductorForcePct: percentChange(now.loads.abductorForceBW, baseline.loads.abductorForceBW),
    hipJointReactionPct: percentChange(
      now.loads.hipJointReactionBW,
      baseline.loads.hipJointReactionBW,
    ),
    kneeAdductionMomentPct: percentChange(
      now.loads.kneeAdductionMomentNmPerKg,
      baseline.loads.kneeAdductionMomentNmPerKg,
    ),
    l5s1CompressionPct: percentChange(
      now.loads.l5s1CompressionBW,
      baseline.loads.l5s1CompressionBW,
    ),
    l5s1ShearPct: percentChange(now.loads.l5s1ShearBW, baseline.loads.l5s1ShearBW),
    l5s1CompressionWithSideBendingPct: percentChange(
      now.loads.l5s1CompressionWithSideBendingBW,
      baseline.loads.l5s1CompressionWithSideBendingBW,
    ),
  };
  const oneLeg = n.taskKind === 'single-leg-stance';
  const kneeOverstated =
    oneLeg &&
    (n.caneLoadBW > 0 || Math.abs(now.posture.trunkLeanOnPelvisDeg) >= LEAN_DRIVES_KNEE_DEG);
  return {
    task: n.taskKind,
    posture: now.posture,
    loads: now.loads,
    hipExtensorShares: now.hipExtensorShares,
    baseline,
    change,
    working: now.working,
    flags: collected.length > 0 ? collected : NO_FLAGS,
    outputs: outputTableFor({
      task: n.taskKind,
      postureForced: oneLeg && n.hasForcedPosture,
      kneeOverstated,
    }),
  };
}
