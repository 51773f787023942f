/**
 * The result of `simulate()`.
 *
 * Frame and sign conventions: pelvic drop positive when the swing side is lower; trunk lean in
 * the world positive toward the stance side (world lean = lean on the pelvis - drop); hip
 * adduction positive = adducted; anterior pelvic tilt and lordosis changes positive = more tilt,
 * more hollow. Forces in body weights (BW), moments in N·m/kg, lengths in metres. Changes are in
 * percent against the same person with no dysfunction, no cane and no forced posture
 * (0 when that reference value is 0).
 */
import type { MechanicsFlag } from './flags';
import type { HipExtensorShares } from './hip-hinge';
import type { MechanicsTaskKind } from './input';
import type { SideBendingHolder } from './lumbar-side-bending';
import type { OutputTable } from './outputs';

export interface MechanicsPosture {
  /** Pelvic drop on the swing side (deg). Behaviour layer. */
  readonly pelvicDropDeg: number;
  /** Trunk lean in the world toward the stance side (deg). Behaviour layer. */
  readonly trunkLeanDeg: number;
  /** Trunk bend on the pelvis toward the stance side, psi (deg). Behaviour layer. */
  readonly trunkLeanOnPelvisDeg: number;
  /** Stance hip adduction change (deg); equals the drop. Behaviour layer. */
  readonly hipAdductionDeg: number;
  /** Anterior pelvic tilt change (deg). Behaviour layer. */
  readonly anteriorPelvicTiltChangeDeg: number;
  /** Lumbar lordosis change (deg). Behaviour layer. */
  readonly lumbarLordosisChangeDeg: number;
}

interface MechanicsLoads {
  /** Weight above the loaded hip (BW): 1 - f_L on one leg, (1 - 2·f_L)/2 per hip on two. */
  readonly superincumbentWeightBW: number;
  /** Lever of that weight about the stance hip in the current posture (m); 0 on two legs. */
  readonly bodyWeightMomentArmM: number;
  /** Active hip abductor force F_ab (BW). */
  readonly abductorForceBW: number;
  /** Passive pull of the stretched lateral tissues F_p (BW). */
  readonly passiveAbductorForceBW: number;
  /** Hip joint reaction (BW), per hip. */
  readonly hipJointReactionBW: number;
  /** Static knee adduction moment (N·m/kg). */
  readonly kneeAdductionMomentNmPerKg: number;
  /** L5/S1 compression (BW). */
  readonly l5s1CompressionBW: number;
  /** L5/S1 anterior shear (BW). */
  readonly l5s1ShearBW: number;
  /** L5/S1 side-bending moment M_LB (N·m/kg), + toward the stance side; 0 on two legs. */
  readonly l5s1SideBendingMomentNmPerKg: number;
  /** Force of the lumbar side-benders (quadratus lumborum, lumbar erector spinae) F_LB (BW). */
  readonly sideBendingMuscleForceBW: number;
  /** L5/S1 compression including the side-bending muscle force (BW). */
  readonly l5s1CompressionWithSideBendingBW: number;
}

/** Posture and loads of one state (the person now, or the healthy reference). */
export interface MechanicsState {
  readonly posture: MechanicsPosture;
  readonly loads: MechanicsLoads;
  /** How the hip extensors share a hinge; null outside a hip hinge. */
  readonly hipExtensorShares: HipExtensorShares | null;
}

/** Change against the healthy reference (percent). */
export interface MechanicsChange {
  readonly abductorForcePct: number;
  readonly hipJointReactionPct: number;
  readonly kneeAdductionMomentPct: number;
  readonly l5s1CompressionPct: number;
  readonly l5s1ShearPct: number;
  readonly l5s1CompressionWithSideBendingPct: number;
}

/** Intermediate quantities, so a view can show the working. */
export interface MechanicsWorking {
  /** Maximal hip abduction moment M_cap (N·m/kg); 0 outside one-leg stance. */
  readonly abductorCapacityNmPerKg: number;
  /** Usable capacity U = u_max·M_cap (N·m/kg). */
  readonly usableCapacityNmPerKg: number;
  /** Demand at a level pelvis D0 = g·M_ext(0, 0), cane included (N·m/kg). */
  readonly neutralDemandNmPerKg: number;
  /** Deficit D0 - U (N·m/kg); 0 or less means the pelvis stays level. */
  readonly deficitNmPerKg: number;
  /** Cane push that acts (BW); 0 without a cane and outside one-leg stance. */
  readonly caneLoadBW: number;
  /** Moment the cane takes off the stance hip g·C·d_C (N·m/kg); negative when it adds to it. */
  readonly caneMomentNmPerKg: number;
  /** External adduction moment in the current posture g·M_ext (N·m/kg). */
  readonly externalAdductionMomentNmPerKg: number;
  /** Passive abduction moment K_p·theta (N·m/kg). */
  readonly passiveAbductionMomentNmPerKg: number;
  /** Foot reaction point medial of the stance hip x_f (m); 0 outside one-leg stance. */
  readonly footReactionOffsetM: number;
  /** Hip extension deficit from iliopsoas tightness E (deg). */
  readonly hipExtensionDeficitDeg: number;
  /** Erector spinae force at L5/S1 (BW). */
  readonly erectorSpinaeForceBW: number;
  /** Force of both psoas muscles (BW). */
  readonly psoasForceBW: number;
  /** Which side's lumbar side-benders hold the trunk; 'none' with an upright trunk. */
  readonly sideBendingHolder: SideBendingHolder;
}

export interface MechanicsResult extends MechanicsState {
  readonly task: MechanicsTaskKind;
  /** The same person with no dysfunction, no cane and no forced posture. */
  readonly baseline: MechanicsState;
  readonly change: MechanicsChange;
  readonly working: MechanicsWorking;
  readonly flags: readonly MechanicsFlag[];
  /** Layer, trust and one-line source of every output. */
  readonly outputs: OutputTable;
}
