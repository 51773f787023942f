/** Strings of the dysfunction mechanics model (English). */

/** Rounds a percentage for prose: whole numbers below 10 %, steps of 5 % above. */
function aboutPercent(pct: number): number {
  const a = Math.abs(pct);
  return a < 10 ? Math.round(a) : Math.round(a / 5) * 5;
}

export const mechanics = {
  /** Shown once, plainly, where the numbers are. */
  teachingNote:
    'A teaching model, not a diagnosis; where the evidence disagrees: weakness alone often changes nothing (Kendall 2013; Pohl 2015).',

  layerLabels: {
    mechanics: 'Mechanics (statics)',
    behaviour: 'Behaviour (assumed posture)',
  },

  trustLabels: {
    good: 'Good: checked against measured one-leg-stance loads',
    fair: 'Fair',
    low: 'Low confidence',
    illustrative: 'Illustrative',
    input: 'Set by you',
    'not-modelled': 'Not modelled here',
  },

  outputLabels: {
    pelvicDropDeg: 'Pelvic drop',
    trunkLeanDeg: 'Trunk lean toward the standing leg',
    trunkLeanOnPelvisDeg: 'Trunk bend on the pelvis',
    hipAdductionDeg: 'Hip adduction',
    anteriorPelvicTiltChangeDeg: 'Forward pelvic tilt',
    lumbarLordosisChangeDeg: 'Lower-back curve (lordosis)',
    superincumbentWeightBW: 'Weight above the hip',
    bodyWeightMomentArmM: 'Lever of that weight about the hip',
    abductorForceBW: 'Hip abductor force',
    passiveAbductorForceBW: 'Passive force of the stretched side tissues',
    hipJointReactionBW: 'Hip joint load',
    kneeAdductionMomentNmPerKg: 'Inner-knee load (knee adduction moment)',
    l5s1CompressionBW: 'Lower-back compression (L5/S1)',
    l5s1ShearBW: 'Lower-back forward shear (L5/S1)',
    l5s1SideBendingMomentNmPerKg:
      'Lower-back side-bending moment (L5/S1; + toward the standing leg)',
    sideBendingMuscleForceBW:
      'Side-bending muscle force (quadratus lumborum, lumbar erector spinae)',
    l5s1CompressionWithSideBendingBW: 'Lower-back compression with side bending (L5/S1)',
    hipExtensorShares: 'Who does the hip extension work',
  },

  /** One line per output: where the number comes from and how far to trust it. */
  outputSources: {
    pelvicDropDeg:
      'Assumed compensation rule, calibrated not measured; a nerve block with 52 % abductor loss caused no drop (Kendall 2013; Pohl 2015).',
    trunkLeanDeg:
      'Assumed compensation rule (Duchenne lean), calibrated not measured; given in the world, positive toward the standing leg.',
    trunkLeanOnPelvisDeg:
      'Assumed compensation rule; the bend of the trunk on the pelvis at the lower back.',
    hipAdductionDeg: 'Equals the pelvic drop in this model (rigid pelvis, upright thigh).',
    anteriorPelvicTiltChangeDeg:
      'Assumed 0.5° of tilt per degree the hip stays short of straight: a ratio of two group means after stretching (Preece 2021: -1.2° tilt for +2.6° extension, about 0.46; range 0.3-1.0), not a measured dose-response; population studies find weak or no correlation.',
    lumbarLordosisChangeDeg:
      'Follows the sacral slope about 1:1, the upper bound from voluntary tilting (Levine & Whittle 1996); Preece 2021 found almost no link.',
    superincumbentWeightBW: 'Body weight minus the standing leg (Dempster via Winter 2009).',
    bodyWeightMomentArmM: 'Segment positions from Winter 2009; Pauwels one-leg stance.',
    abductorForceBW:
      'One-leg stance statics (Pauwels); abductor moment arm from Dostal & Andrews 1981.',
    passiveAbductorForceBW:
      'Passive stiffness calibrated so a palsy without lean drops the pelvis 12-15°.',
    hipJointReactionBW:
      'One-leg stance statics; the healthy value lies in the measured one-leg-stance range: 2.1-2.8 BW (Kotzar 1991), 2.19-3.28 BW, mean 2.61 (Bergmann 2016).',
    kneeAdductionMomentNmPerKg:
      'Lever of the body’s centre of mass about the knee; a voluntary 4° pelvic drop raised it 38 % in walking, this static model gives about +30 %.',
    l5s1CompressionBW:
      'Static lumbosacral balance; forward flexion roughly doubles it, as disc pressure does (Wilke 1999); psoas terms uncertain.',
    l5s1ShearBW: 'Upper-body weight along the sacral endplate; psoas terms uncertain.',
    l5s1SideBendingMomentNmPerKg:
      'Upper-body weight times its sideways lever at L5/S1, set by the trunk lean and the pelvic obliquity (segment data: de Leva 1996); the posture behind it is an assumption.',
    sideBendingMuscleForceBW:
      'That moment over a 5 cm lateral moment arm (3.5-7 cm in lumbar MRI models: McGill, Santaguida & Stevens 1993); one equivalent muscle without co-contraction, so a lower bound.',
    l5s1CompressionWithSideBendingBW:
      'The lower-back compression above plus the side-bending muscle force; co-contraction of the other side is not modelled.',
    hipExtensorShares: 'Equal-activation sharing rule, illustrative only.',
  },

  /** Replacements for the lines above in particular situations. */
  outputSourceVariants: {
    postureForced: 'Set by the what-if posture, not predicted by the model.',
    abductorsOnTwoLegs:
      'On two legs this model gives the hip abductors no work; in reality they co-contract a little.',
    hipOnTwoLegs:
      'Only the weight each hip carries; measured two-leg stance loads are well above this because muscles co-contract (Bergmann 2016, OrthoLoad).',
    shearInHinge:
      'Not modelled in a hip hinge: the sacral slope is held at its standing value, so the shear does not follow the bend.',
    kneeWithCaneOrLean:
      'Lever of the body’s centre of mass about the knee; overstates the effect of a cane or a trunk lean.',
  },

  flags: {
    cannotHoldPelvisLevel:
      'Cannot hold the pelvis level without leaning: the pelvis has dropped as far as it goes, so the trunk leans further.',
    cannotBalance:
      'Even the largest trunk lean does not balance the pelvis; in reality this person needs support to stand on this leg.',
    caneExceedsAbductorNeed:
      'The cane carries more than the hip abductors need, so the abductor force is 0.',
    centreOfPressureOutsideFoot:
      'The centre of pressure would move further than a foot allows; the static model overstates this shift.',
    forcedPostureBeyondCapacity: 'The remaining hip abductor strength could not hold this posture.',
    caneIgnored: 'A cane plays no part in a two-leg stance in this model; it is ignored here.',
    forcedPostureIgnored:
      'A forced pelvic drop or trunk lean applies only to standing on one leg; it is ignored here.',
    hingeExtensorOverload:
      'The hip extensors cannot carry this hinge comfortably; people then stand more upright or bend through the lower back (Teng & Powers 2016).',
    weaknessCovered:
      'The remaining hip abductor strength still covers standing on one leg, so posture and loads do not change (Kendall 2013; Pohl 2015).',
    abductorWeaknessIdle:
      'In a two-leg stance the hip abductors carry almost nothing, so their weakness changes nothing here.',
    tightnessNotModelled: (muscles: string) =>
      `Tightness of ${muscles} is not part of this model; it changes nothing here.`,
    weaknessNotModelled: (muscles: string) =>
      `Weakness of ${muscles} is not part of this model; it changes nothing here.`,
  },

  presets: {
    'gluteus-medius-weakness': {
      label: 'Gluteus medius weakness',
      description:
        'An older adult with marked gluteus medius and some gluteus minimus weakness, standing on that leg; mostly leaning, so the knee is spared and the lower back pays. Move the style on the chart toward pelvic drop to see the knee pay instead.',
    },
    'moderate-pelvic-drop': {
      label: 'Pelvis drops 4° (moderate weakness)',
      description:
        'Gluteus medius fully and gluteus minimus partly weak, met by letting the pelvis drop about 4°: the drop a gait study imposed, where the inner-knee load rose 38 % in walking.',
    },
    trendelenburg: {
      label: 'Superior gluteal nerve palsy (Trendelenburg)',
      description:
        'Gluteus medius, minimus and tensor fasciae latae paralysed; the pelvis drops on the other side.',
    },
    'trendelenburg-compensated': {
      label: 'The same, compensated by trunk lean',
      description:
        'The same palsy, but the trunk leans over the standing leg (Duchenne) instead of the pelvis dropping.',
    },
    'tight-iliopsoas': {
      label: 'Tight iliopsoas',
      description:
        'A psoas and iliacus so short that the hip stays short of straight in quiet standing (the reserve beyond straight used up): the pelvis tips forward and the lower back hollows.',
    },
    'weak-gluteus-maximus-hinge': {
      label: 'Weak gluteus maximus in a hip hinge',
      description:
        'Bending forward 50° at the hips with a weak gluteus maximus: the hamstrings take over the work.',
    },
    'contralateral-cane': {
      label: 'Cane in the opposite hand',
      description:
        'The abductor palsy with a cane in the other hand carrying 10 % of body weight: less lean, far less abductor force.',
    },
  },

  describe: {
    pelvisDrops: (deg: number) => `the pelvis drops ${deg}° on the other side`,
    pelvisRises: (deg: number) => `the pelvis rises ${deg}° on the other side`,
    trunkLeansToward: (deg: number) => `the trunk leans ${deg}° toward the standing leg`,
    trunkLeansAway: (deg: number) => `the trunk leans ${deg}° away from the standing leg`,
    pelvisTiltsForward: (deg: number) => `the pelvis tilts ${deg}° forward`,
    lordosisDeepens: (deg: number) => `the lower-back curve deepens ${deg}°`,
    loadNames: {
      kneeAdductionMomentNmPerKg: 'the inner-knee load',
      hipJointReactionBW: 'the hip joint load',
      abductorForceBW: 'the hip abductor force',
      l5s1CompressionBW: 'the lower-back compression',
      l5s1CompressionWithSideBendingBW: 'the lower-back compression',
      l5s1ShearBW: 'the lower-back shear',
    },
    /** Direction only, for results whose size the static model cannot give. */
    loadDirection: (load: string, pct: number) => `${load} ${pct > 0 ? 'rises' : 'falls'}`,
    sideMusclesPull: (holder: 'stance-side' | 'swing-side', forceBW: number) =>
      `the side muscles of the lower back on the ${holder === 'stance-side' ? 'standing' : 'lifted'}-leg side pull about ${forceBW.toFixed(1)} BW to hold the trunk`,
    noPercentOutsideFoot:
      'no percentages: the centre of pressure would leave the foot, beyond what this static model can size',
    leadForcedPosture: 'With this posture',
    leadWeakness: (style: 'drop' | 'lean' | 'both') =>
      `With this weakness and this way of compensating (${
        style === 'drop'
          ? 'mostly letting the pelvis drop'
          : style === 'lean'
            ? 'mostly leaning the trunk over the standing leg'
            : 'pelvic drop and trunk lean'
      })`,
    kneeLoadReverses: 'the inner-knee load disappears (the outer knee takes the load)',
    loadChange: (load: string, pct: number) =>
      `${load} ${pct > 0 ? 'rises' : 'falls'} about ${aboutPercent(pct)} %`,
    extensorShift: (gluteusMaximusPct: number, healthyPct: number) =>
      `the gluteus maximus does ${gluteusMaximusPct} % of the hip extension work instead of ${healthyPct} %, so the hamstrings take more`,
    noChange: 'Posture and loads stay the same as without the dysfunction.',
    noChangeWeaknessCovered: (sparePct: number) =>
      `The remaining hip abductor strength still covers standing on one leg, so posture and loads stay the same: about ${sparePct} % of the usable strength is left over. To see a change, take away more than that: for example gluteus medius fully and gluteus minimus partly weak (the 'Pelvis drops 4°' example), or choose an older adult's strength.`,
    noChangeAbductorsIdle:
      'On two legs the hip abductors carry almost nothing, so their weakness changes nothing here; choose standing on one leg to see it.',
    /** Joins clause groups into one sentence: clauses with "and", groups with "; ". */
    sentence: (groups: readonly (readonly string[])[], lead: string | null = null) => {
      const list = (g: readonly string[]) =>
        g.length < 2 ? (g[0] ?? '') : `${g.slice(0, -1).join(', ')} and ${g[g.length - 1]}`;
      const body = groups
        .filter((g) => g.length > 0)
        .map(list)
        .join('; ');
      const text = lead ? `${lead}, ${body}` : body;
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    },
    /** Rounding used for percentages in sentences. */
    aboutPercent,
  },
} as const;
