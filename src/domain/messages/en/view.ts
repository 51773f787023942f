function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Strings that describe the view (canvas text alternative, announcements). */
export const view = {
  structureOnSide: (label: string, side: string) =>
    side === 'midline' ? label : `${label} (${side})`,
  description: (parts: {
    facing: string | null;
    shown: readonly string[];
    ghosted: readonly string[];
    selected: string | null;
  }) => {
    const sentences = [
      parts.facing
        ? `3D model of the hip, ${parts.facing} view.`
        : '3D model of the hip, free view.',
      parts.shown.length > 0 ? `Showing ${list(parts.shown)}.` : 'Nothing is shown.',
    ];
    if (parts.ghosted.length > 0) sentences.push(`See-through: ${list(parts.ghosted)}.`);
    if (parts.selected) sentences.push(`Selected: ${parts.selected}.`);
    return sentences.join(' ');
  },
  cameraMoved: (label: string) => `Camera: ${label.toLowerCase()} view.`,
  /** Camera presets by id. */
  cameraPresets: {
    anterior: 'Front',
    posterior: 'Back',
    'left-lateral': 'Left side',
    'right-lateral': 'Right side',
    superior: 'Top',
  },
  /** Layers by id. */
  layerNames: {
    skin: 'Skin',
    superficial: 'Superficial muscles',
    intermediate: 'Intermediate muscles',
    deep: 'Deep muscles',
    bones: 'Bones',
    nerves: 'Nerves',
    'vessels-organs': 'Vessels and organs',
    context: 'Neighbouring muscles',
  },
  viewReset: 'View reset.',
} as const;
