/**
 * One plain-language sentence that reads a result for a patient or clinician, e.g.
 * "The pelvis drops 13° on the other side; the inner-knee load rises about 95 % and the hip joint
 * load rises about 35 %."
 *
 * Frame and sign conventions: as in `result.ts`; every number in the sentence is a change against
 * the same person without the dysfunction. Degrees are rounded to whole degrees; changes under
 * 1° or 1 % are left out.
 */
import { mechanics as text } from '../messages/en/mechanics';
import type { MechanicsChange, MechanicsResult } from './result';

type LoadKey = keyof typeof text.describe.loadNames;

const LOAD_CHANGE: Readonly<Record<LoadKey, keyof MechanicsChange>> = {
  kneeAdductionMomentNmPerKg: 'kneeAdductionMomentPct',
  hipJointReactionBW: 'hipJointReactionPct',
  abductorForceBW: 'abductorForcePct',
  l5s1CompressionBW: 'l5s1CompressionPct',
  l5s1ShearBW: 'l5s1ShearPct',
};

/** Order in which load changes are mentioned (at most two). */
const ONE_LEG_ORDER: readonly LoadKey[] = [
  'kneeAdductionMomentNmPerKg',
  'hipJointReactionBW',
  'abductorForceBW',
  'l5s1CompressionBW',
  'l5s1ShearBW',
];
const CANE_ORDER: readonly LoadKey[] = [
  'abductorForceBW',
  'kneeAdductionMomentNmPerKg',
  'hipJointReactionBW',
  'l5s1CompressionBW',
  'l5s1ShearBW',
];
const TWO_LEG_ORDER: readonly LoadKey[] = ['l5s1CompressionBW', 'l5s1ShearBW'];
const MAX_LOAD_CLAUSES = 2;

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

function loadClauses(result: MechanicsResult, hasCane: boolean): string[] {
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
    const pct = result.change[LOAD_CHANGE[key]];
    if (d.aboutPercent(pct) >= 1) clauses.push(d.loadChange(d.loadNames[key], pct));
  }
  return clauses;
}

function extensorClause(result: MechanicsResult): string[] {
  const now = result.hipExtensorShares;
  const base = result.baseline.hipExtensorShares;
  if (!now || !base) return [];
  const nowPct = Math.round(now.gluteusMaximus.fraction * 100);
  const basePct = Math.round(base.gluteusMaximus.fraction * 100);
  return nowPct === basePct ? [] : [text.describe.extensorShift(nowPct, basePct)];
}

/** One sentence describing how posture and loads differ from the same person without dysfunction. */
export function describeResult(result: MechanicsResult): string {
  const hasCane = result.working.caneLoadBW > 0;
  const groups = [postureClauses(result), loadClauses(result, hasCane), extensorClause(result)];
  if (groups.every((g) => g.length === 0)) {
    const covered = result.flags.some(
      (f) => f.id === 'weakness-covered' || f.id === 'abductor-weakness-idle',
    );
    return covered ? text.describe.noChangeWeaknessCovered : text.describe.noChange;
  }
  return text.describe.sentence(groups);
}
