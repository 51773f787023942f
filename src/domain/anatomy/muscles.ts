/**
 * The muscles (and the iliotibial band, a tendon/fascia) the viewer models.
 * `layer` is the peel layer as seen from behind and the side of the hip.
 */
export const MUSCLES = [
  { id: 'gluteus-maximus', label: 'Gluteus maximus', layer: 'superficial', tissue: 'muscle' },
  {
    id: 'tensor-fasciae-latae',
    label: 'Tensor fasciae latae',
    layer: 'superficial',
    tissue: 'muscle',
  },
  { id: 'gluteus-medius', label: 'Gluteus medius', layer: 'intermediate', tissue: 'muscle' },
  { id: 'piriformis', label: 'Piriformis', layer: 'intermediate', tissue: 'muscle' },
  { id: 'gluteus-minimus', label: 'Gluteus minimus', layer: 'deep', tissue: 'muscle' },
  { id: 'iliacus', label: 'Iliacus', layer: 'deep', tissue: 'muscle' },
  { id: 'psoas-major', label: 'Psoas major', layer: 'deep', tissue: 'muscle' },
  { id: 'iliotibial-band', label: 'Iliotibial band', layer: 'superficial', tissue: 'tendon' },
] as const;

export type MuscleOrTendonId = (typeof MUSCLES)[number]['id'];
/** Contractile muscles only (the iliotibial band is fascia and cannot be weak or tight). */
export type MuscleId = Exclude<MuscleOrTendonId, 'iliotibial-band'>;

export const MUSCLE_IDS = MUSCLES.filter((m) => m.tissue === 'muscle').map(
  (m) => m.id,
) as readonly MuscleId[];

export function isMuscleId(value: unknown): value is MuscleId {
  return typeof value === 'string' && (MUSCLE_IDS as readonly string[]).includes(value);
}
