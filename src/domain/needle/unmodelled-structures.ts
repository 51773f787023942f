/**
 * Structures near motor points that a needle must respect but that a model may lack. Ids match
 * the model contract's vocabulary for context muscles and structures at risk, so a model that
 * brings one of them drops it from the "not in this model" list by itself.
 */
export const NEARBY_STRUCTURE_IDS = [
  'superior-gluteal-artery',
  'inferior-gluteal-artery',
  'femoral-artery',
  'femoral-vein',
  'lateral-femoral-cutaneous-nerve',
  'lateral-circumflex-femoral-artery',
  'lumbar-plexus',
  'kidney',
  'peritoneal-cavity',
  'ureter',
  'aorta-vena-cava',
  'erector-spinae',
  'quadratus-lumborum',
  'sartorius',
  'rectus-femoris',
  'short-external-rotators',
  'pudendal-nerve',
] as const;
export type NearbyStructureId = (typeof NEARBY_STRUCTURE_IDS)[number];

/** Whatever the muscle, these lie near its points (sources in the records' safety lists). */
const BY_MUSCLE: Record<string, readonly NearbyStructureId[]> = {
  'gluteus-maximus': ['inferior-gluteal-artery', 'short-external-rotators'],
  'gluteus-medius': ['superior-gluteal-artery'],
  'gluteus-minimus': ['superior-gluteal-artery'],
  'tensor-fasciae-latae': ['lateral-femoral-cutaneous-nerve', 'lateral-circumflex-femoral-artery'],
  piriformis: [
    'superior-gluteal-artery',
    'inferior-gluteal-artery',
    'pudendal-nerve',
    'short-external-rotators',
  ],
  iliacus: [
    'femoral-artery',
    'femoral-vein',
    'lateral-femoral-cutaneous-nerve',
    'peritoneal-cavity',
  ],
  'psoas-major': [
    'lumbar-plexus',
    'kidney',
    'ureter',
    'aorta-vena-cava',
    'peritoneal-cavity',
    'erector-spinae',
    'quadratus-lumborum',
  ],
};

/** Extra structures for single records (their own geometry on the body). */
const BY_RECORD: Record<string, readonly NearbyStructureId[]> = {
  'gluteus-minimus-anterior': ['lateral-femoral-cutaneous-nerve', 'sartorius', 'rectus-femoris'],
  'gluteus-medius-anterior': ['lateral-femoral-cutaneous-nerve'],
};

/**
 * The structures near a point that this model does not have (those it has are measured by the
 * route rule instead). `modelledIds` are the ids of every structure the model carries.
 */
export function unmodelledNear(
  record: { readonly id: string; readonly muscle: string },
  modelledIds: ReadonlySet<string>,
): NearbyStructureId[] {
  return knownNear(record).filter((id) => !modelledIds.has(id));
}

/**
 * The structures near a point that this model does have. They stay named on the card even
 * where no route is measured (the lumbar plexus inside psoas must never drop out of sight just
 * because the model now carries it).
 */
export function modelledNear(
  record: { readonly id: string; readonly muscle: string },
  modelledIds: ReadonlySet<string>,
): NearbyStructureId[] {
  return knownNear(record).filter((id) => modelledIds.has(id));
}

function knownNear(record: { readonly id: string; readonly muscle: string }): NearbyStructureId[] {
  const all = [...(BY_MUSCLE[record.muscle] ?? []), ...(BY_RECORD[record.id] ?? [])];
  return [...new Set(all)];
}
