/**
 * The hip muscles' neighbours, drawn as a see-through context layer from a second model file.
 * They orient the viewer (what lies next to a needle path); the motor point, mechanics and quiz
 * code ignores them unless a record names one.
 */
export const CONTEXT_MUSCLES = [
  { id: 'quadratus-lumborum', label: 'Quadratus lumborum', region: 'trunk' },
  { id: 'erector-spinae', label: 'Erector spinae (lumbar)', region: 'trunk' },
  { id: 'multifidus', label: 'Multifidus (lumbar)', region: 'trunk' },
  { id: 'gemelli', label: 'Gemelli (superior and inferior)', region: 'short-rotators' },
  { id: 'obturator-internus', label: 'Obturator internus', region: 'short-rotators' },
  { id: 'obturator-externus', label: 'Obturator externus', region: 'short-rotators' },
  { id: 'quadratus-femoris', label: 'Quadratus femoris', region: 'short-rotators' },
  { id: 'adductor-magnus', label: 'Adductor magnus', region: 'adductors' },
  { id: 'adductor-longus', label: 'Adductor longus', region: 'adductors' },
  { id: 'adductor-brevis', label: 'Adductor brevis', region: 'adductors' },
  { id: 'pectineus', label: 'Pectineus', region: 'adductors' },
  { id: 'gracilis', label: 'Gracilis', region: 'adductors' },
  { id: 'sartorius', label: 'Sartorius', region: 'thigh-front' },
  { id: 'rectus-femoris', label: 'Rectus femoris', region: 'thigh-front' },
  { id: 'vastus-lateralis', label: 'Vastus lateralis', region: 'thigh-front' },
  { id: 'vastus-intermedius', label: 'Vastus intermedius', region: 'thigh-front' },
  { id: 'vastus-medialis', label: 'Vastus medialis', region: 'thigh-front' },
  { id: 'biceps-femoris-long-head', label: 'Biceps femoris (long head)', region: 'hamstrings' },
  { id: 'semitendinosus', label: 'Semitendinosus', region: 'hamstrings' },
  { id: 'semimembranosus', label: 'Semimembranosus', region: 'hamstrings' },
] as const;

export type ContextMuscleId = (typeof CONTEXT_MUSCLES)[number]['id'];
/** @internal */
export const CONTEXT_MUSCLE_IDS: readonly ContextMuscleId[] = CONTEXT_MUSCLES.map((m) => m.id);

export function isContextMuscleId(value: unknown): value is ContextMuscleId {
  return typeof value === 'string' && (CONTEXT_MUSCLE_IDS as readonly string[]).includes(value);
}
