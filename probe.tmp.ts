import { simulate, describeResult, MECHANICS_PRESETS } from './src/domain/mechanics';
const PALSY = { 'gluteus-medius': { weakness: 1 }, 'gluteus-minimus': { weakness: 1 }, 'tensor-fasciae-latae': { weakness: 1 } } as const;
for (const s of [0,0.2,0.4,0.5,0.6,0.7,0.8,1]) {
  const r = simulate({ muscles: PALSY, compensationStyle: s });
  console.log(s, r.posture.pelvicDropDeg.toFixed(1), r.posture.trunkLeanOnPelvisDeg.toFixed(1), 'KAM', r.loads.kneeAdductionMomentNmPerKg.toFixed(3), 'MLB', r.loads.l5s1SideBendingMomentNmPerKg.toFixed(3), 'F', r.loads.sideBendingMuscleForceBW.toFixed(2), 'C', r.loads.l5s1CompressionWithSideBendingBW.toFixed(2), r.flags.map(f=>f.id).join(','));
  console.log('   ', describeResult(r));
}
for (const p of MECHANICS_PRESETS) console.log(p.id, '::', describeResult(simulate(p.input)));
for (const gm of [0.6, 1]) { const r = simulate({ muscles: { 'gluteus-medius': { weakness: gm } } }); console.log('gm', gm, describeResult(r)); }
console.log(describeResult(simulate({ forcedPosture: { pelvicDropDeg: 4 } })), simulate({ forcedPosture: { pelvicDropDeg: 4 } }).change.kneeAdductionMomentPct);
