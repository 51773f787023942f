import { LAYERS, STRUCTURES } from '../anatomy';
import { messages } from '../messages';
import { isPeeled, layerVisibility } from './effective-visibility';
import type { ViewState } from './view-state';

/** A text alternative for the 3D view: which way it faces, what is drawn, what is selected. */
export function describeView(view: ViewState): string {
  const t = messages.view;
  const camera = view.camera;
  const facing = camera.kind === 'preset' ? t.cameraPresets[camera.preset] : '';
  const shown: string[] = [];
  const ghosted: string[] = [];
  for (const layer of LAYERS) {
    if (isPeeled(view, layer.id)) continue;
    const left = layerVisibility(view, layer.id, 'left');
    const right = layerVisibility(view, layer.id, 'right');
    const name = t.layerNames[layer.id].toLowerCase();
    if (left === 'shown' || right === 'shown') shown.push(name);
    else if (left === 'ghosted' || right === 'ghosted') ghosted.push(name);
  }
  const selected = view.selection
    ? STRUCTURES.find((s) => `${s.id}:${s.side}` === view.selection)
    : undefined;
  return t.description({
    facing: facing ? facing.toLowerCase() : null,
    shown,
    ghosted,
    selected: selected ? t.structureOnSide(selected.label, selected.side) : null,
  });
}
