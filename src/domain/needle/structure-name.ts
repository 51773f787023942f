import { STRUCTURES } from '../anatomy';
import { motorPoints } from '../messages/en/motor-points';
import { view } from '../messages/en/view';
import type { ModelledStructure } from './tissue-query';
import { NEARBY_STRUCTURE_IDS, type NearbyStructureId } from './unmodelled-structures';

const isNearbyId = (id: string): id is NearbyStructureId =>
  (NEARBY_STRUCTURE_IDS as readonly string[]).includes(id);

/**
 * A modelled structure's name with its side: the vocabulary label when the app knows the id,
 * the short name of a structure at risk otherwise, and the id in words as a last resort (a
 * brought model may carry structures this app has never heard of).
 */
export function modelledStructureName(structure: Pick<ModelledStructure, 'id' | 'side'>): string {
  const known = STRUCTURES.find((s) => s.id === structure.id)?.label;
  const nearby = isNearbyId(structure.id)
    ? motorPoints.needle.nearby[structure.id].split(' (')[0]?.split(':')[0]
    : undefined;
  const label = known ?? nearby ?? structure.id.replace(/-/g, ' ');
  return structure.side === 'midline' ? label : view.structureOnSide(label, structure.side);
}
