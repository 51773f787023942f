/** Caveats the acupuncture layer shows with every point (from the data's authors). */
export const ACUPUNCTURE_CAVEATS: readonly string[] = [
  'Location rules are paraphrased from the WHO 2008 standard and other sources; they are not quotations. Check the printed WHO book before clinical use.',
  'The 3D placement is schematic: standard rules use palpation on a living person; a model can only approximate them. Show each point as a region, not a dot.',
  'Depths quoted from textbooks are population averages in proportional cun; safe depth varies with body size and must be judged clinically.',
  'Nothing here has been reviewed by a licensed acupuncturist or clinician.',
];

/** Safety notes that apply to groups of points. */
export const ACUPUNCTURE_GENERAL_SAFETY: readonly string[] = [
  "Buttock points (GB30, BL36, BL54) sit over or near the sciatic nerve; show the project's sciatic danger corridor with them.",
  'Lumbar points (BL23 especially) carry a kidney-injury risk with deep perpendicular needling; organ, tissue and nerve injuries are among the main reported acupuncture complications.',
  'Points near the fibular head (GB34) and the front of the leg (ST36) overlie the fibular nerve branches and anterior tibial vessels.',
  'Points near the ASIS (GB29, ST31) lie in the territory of the lateral femoral cutaneous nerve, whose course varies.',
  'A sharp, electric, radiating sensation during needling indicates nerve contact; traditional texts sometimes seek it at GB30, but for a dry-needling audience present it as a warning sign.',
];
