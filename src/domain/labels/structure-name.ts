import { STRUCTURES, type StructureKey } from '../anatomy';
import { messages } from '../messages';

const STRUCTURE_BY_KEY = new Map(STRUCTURES.map((s) => [`${s.id}:${s.side}`, s]));

/**
 * A structure's name with its side, as the announcer says it on selection; one without a
 * vocabulary entry (a brought model's own) is named by its key. Apart from the point labels,
 * so the 3D view can name structures without the motor point and acupuncture records.
 */
export function structureName(key: StructureKey | string): string {
  const structure = STRUCTURE_BY_KEY.get(key);
  return structure ? messages.view.structureOnSide(structure.label, structure.side) : key;
}
