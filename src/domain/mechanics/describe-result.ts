/**
 * The headline sentence that reads a result for a patient or clinician, generated from the
 * numbers of that result only, e.g. "With this weakness and this way of compensating (mostly
 * trunk lean), the trunk leans 17° toward the standing leg; the inner-knee load falls about 55 %,
 * the side muscles of the lower back pull about 0.4 BW and the lower-back compression rises
 * about 55 %."
 *
 * Frame and sign conventions: as in `result.ts`; every number in the sentence is a change against
 * the same person without the dysfunction. Degrees are rounded to whole degrees; changes under
 * 1° or 1 % are left out. A load is said to rise or fall only with the sign of its change. When
 * the centre of pressure would leave the foot the static lever is out of its range, so the
 * sentence gives directions without percentages and says why.
 */
import { mechanics as text } from '../messages/en/mechanics';
import type { MechanicsChange, MechanicsResult } from './result';

type LoadKey = keyof typeof text.describe.loadNames;

const LOAD_CHANGE: Readonly<Record<LoadKey, keyof MechanicsChange>> = {
  kneeAdductionMomentNmPerKg: 'kneeAdductionMomentPct',
  hipJointReactionBW: 'hipJointReactionPct',
  abductorForceBW: 'abductorForcePct',
  l5s1CompressionBW: 'l5s1CompressionPct',
  l5s1CompressionWithSideBendingBW: 'l5s1CompressionWithSideBendingPct',
  l5s1ShearBW: 'l5s1ShearPct',
};

/** Order in which load changes are mentioned: the knee and the lower back first (the trade-off). */
const ONE_LEG_ORDER: readonly LoadKey[] = [
  'kneeAdductionMomentNmPerKg',
  'l5s1CompressionWithSideBendingBW',
  'hipJointReactionBW',
  'abductorForceBW',
  'l5s1ShearBW',
];
const CANE_ORDER: readonly LoadKey[] = [
  'abductorForceBW',
  'kneeAdductionMomentNmPerKg',
  'l5s1CompressionWithSideBendingBW',
  'hipJointReactionBW',
  'l5s1ShearBW',
];
const TWO_LEG_ORDER: readonly LoadKey[] = ['l5s1CompressionBW', 'l5s1ShearBW'];
const MAX_LOAD_CLAUSES = 3;
/** Side-bending muscle force below this (BW) is not mentioned: about a 1° trunk tilt. */
const SIDE_FORCE_MENTIONED_BW = 0.05;

function postureClauses(result: MechanicsResult): string[] {
  const d = text.describe;
  const now = result.posture;
  const base = result.baseline.posture;
  const clauses: string[] = [];
  const drop = Math.round(now.pelvicDropDeg - base.pelvicDropDeg);
  if (drop >= 1) clauses.push(d.pelvisDrops(drop));
  else if (drop <= -1) clauses.push(d.pelvisRises(-drop));
  if (Math.abs(now.trunkLeanOnPelvisDeg - base.trunkLeanOnPelvisDeg) >= 0.5) {
    const lean = Math.round(now.trunkLeanDeg - base.trunkLeanDeg);
    if (lean >= 1) clauses.push(d.trunkLeansToward(lean));
    else if (lean <= -1) clauses.push(d.trunkLeansAway(-lean));
  }
  const tilt = Math.round(now.anteriorPelvicTiltChangeDeg - base.anteriorPelvicTiltChangeDeg);
  if (tilt >= 1) clauses.push(d.pelvisTiltsForward(tilt));
  const lordosis = Math.round(now.lumbarLordosisChangeDeg - base.lumbarLordosisChangeDeg);
  if (lordosis >= 1) clauses.push(d.lordosisDeepens(lordosis));
  return clauses;
}

function centreOfPressureLeavesFoot(result: MechanicsResult): boolean {
  return result.flags.some((f) => f.id === 'centre-of-pressure-outside-foot');
}

function loadClauses(result: MechanicsResult, hasCane: boolean, withPercent: boolean): string[] {
  const d = text.describe;
  const order =
    result.task !== 'single-leg-stance' ? TWO_LEG_ORDER : hasCane ? CANE_ORDER : ONE_LEG_ORDER;
  const clauses: string[] = [];
  for (const key of order) {
    if (clauses.length >= MAX_LOAD_CLAUSES) break;
    if (
      key === 'kneeAdductionMomentNmPerKg' &&
      result.loads.kneeAdductionMomentNmPerKg <= 0 &&
      result.baseline.loads.kneeAdductionMomentNmPerKg > 0
    ) {
      clauses.push(d.kneeLoadReverses);
      continue;
    }
    if (key === 'l5s1CompressionWithSideBendingBW') {
      const side = sideBendingClause(result);
      if (side) clauses.push(side);
    }
    const pct = result.change[LOAD_CHANGE[key]];
    if (d.aboutPercent(pct) >= 1) {
      clauses.push(
        withPercent ? d.loadChange(d.loadNames[key], pct) : d.loadDirection(d.loadNames[key], pct),
      );
    }
  }
  return clauses;
}

/** Which side's lower-back muscles hold the trunk and how hard, when that is worth saying. */
function sideBendingClause(result: MechanicsResult): string | null {
  const { sideBendingMuscleForceBW: force } = result.loads;
  const holder = result.working.sideBendingHolder;
  if (holder === 'none' || force < SIDE_FORCE_MENTIONED_BW) return null;
  return text.describe.sideMusclesPull(holder, Math.round(force * 10) / 10);
}

function extensorClause(result: MechanicsResult): string[] {
  const now = result.hipExtensorShares;
  const base = result.baseline.hipExtensorShares;
  if (!now || !base) return [];
  const nowPct = Math.round(now.gluteusMaximus.fraction * 100);
  const basePct = Math.round(base.gluteusMaximus.fraction * 100);
  return nowPct === basePct ? [] : [text.describe.extensorShift(nowPct, basePct)];
}

/**
 * What the sentence is about: a given posture, or a weakness and the way it is compensated, read
 * from the posture itself (more drop than lean on the pelvis, or the reverse).
 */
function leadIn(result: MechanicsResult): string | null {
  const d = text.describe;
  if (result.task !== 'single-leg-stance') return null;
  if (result.outputs.pelvicDropDeg.trust === 'input') return d.leadForcedPosture;
  if (result.working.deficitNmPerKg <= 0) return null;
  const drop = result.posture.pelvicDropDeg;
  const lean = result.posture.trunkLeanOnPelvisDeg;
  const style = drop > 2 * lean ? 'drop' : lean > 2 * drop ? 'lean' : 'both';
  return d.leadWeakness(style);
}

/**
 * Nothing changed: say why and what would change something, from the numbers (the abductor
 * strength left over in one-leg stance, or the task that gives the abductors no work).
 */
function noChangeSentence(result: MechanicsResult): string {
  const d = text.describe;
  const flagged = (id: string) => result.flags.some((f) => f.id === id);
  if (flagged('abductor-weakness-idle')) return d.noChangeAbductorsIdle;
  if (flagged('weakness-covered')) {
    const { usableCapacityNmPerKg: usable, neutralDemandNmPerKg: demand } = result.working;
    const spareShare = usable > 0 ? (usable - demand) / usable : 0;
    return d.noChangeWeaknessCovered(Math.max(1, Math.round(spareShare * 100)));
  }
  return d.noChange;
}

/** One sentence describing how posture and loads differ from the same person without dysfunction. */
export function describeResult(result: MechanicsResult): string {
  const hasCane = result.working.caneLoadBW > 0;
  const outsideFoot = centreOfPressureLeavesFoot(result);
  const groups = [
    postureClauses(result),
    loadClauses(result, hasCane, !outsideFoot),
    extensorClause(result),
    outsideFoot ? [text.describe.noPercentOutsideFoot] : [],
  ];
  if (groups.every((g) => g.length === 0)) return noChangeSentence(result);
  return text.describe.sentence(groups, leadIn(result));
}
