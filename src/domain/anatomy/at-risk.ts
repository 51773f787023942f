/**
 * Structures a needle must avoid, drawn in the core model so needle guidance can check a route
 * against them. Nodes carry `extras { kind, id, side, layer, atRisk: true }`
 * (docs/model-contract.md). The two nerves have reference cards; the others have short notes.
 */
export const AT_RISK_STRUCTURES = [
  {
    id: 'superior-gluteal-artery',
    label: 'Superior gluteal artery',
    kind: 'vessel',
    layer: 'vessels-organs',
    bilateral: true,
  },
  {
    id: 'inferior-gluteal-artery',
    label: 'Inferior gluteal artery',
    kind: 'vessel',
    layer: 'vessels-organs',
    bilateral: true,
  },
  {
    id: 'femoral-artery',
    label: 'Femoral artery',
    kind: 'vessel',
    layer: 'vessels-organs',
    bilateral: true,
  },
  {
    id: 'femoral-vein',
    label: 'Femoral vein',
    kind: 'vessel',
    layer: 'vessels-organs',
    bilateral: true,
  },
  {
    id: 'lateral-femoral-cutaneous-nerve',
    label: 'Lateral femoral cutaneous nerve',
    kind: 'nerve',
    layer: 'nerves',
    bilateral: true,
  },
  { id: 'lumbar-plexus', label: 'Lumbar plexus', kind: 'nerve', layer: 'nerves', bilateral: true },
  { id: 'kidney', label: 'Kidney', kind: 'organ', layer: 'vessels-organs', bilateral: true },
  {
    id: 'peritoneal-cavity',
    label: 'Abdominal (peritoneal) cavity',
    kind: 'organ',
    layer: 'vessels-organs',
    bilateral: false,
  },
] as const;

export type AtRiskId = (typeof AT_RISK_STRUCTURES)[number]['id'];
