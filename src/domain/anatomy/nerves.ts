/** Nerves drawn as tubes along their courses; needling safety depends on them. */
export const NERVES = [
  { id: 'sciatic-nerve', label: 'Sciatic nerve', roots: ['L4', 'L5', 'S1', 'S2', 'S3'] },
  { id: 'superior-gluteal-nerve', label: 'Superior gluteal nerve', roots: ['L4', 'L5', 'S1'] },
  { id: 'inferior-gluteal-nerve', label: 'Inferior gluteal nerve', roots: ['L5', 'S1', 'S2'] },
  { id: 'femoral-nerve', label: 'Femoral nerve', roots: ['L2', 'L3', 'L4'] },
] as const;

export type NerveId = (typeof NERVES)[number]['id'];
/** @internal */
export const NERVE_IDS: readonly NerveId[] = NERVES.map((n) => n.id);
