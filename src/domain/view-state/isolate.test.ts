import { describe, expect, it } from 'vitest';
import { STRUCTURES } from '../anatomy';
import { effectiveVisibility } from './effective-visibility';
import { isolateLayer, isolateStructure, nextVisibility } from './isolate';
import { defaultViewState } from './view-state';

describe('isolate', () => {
  it('isolating a layer on one side leaves only that side of that layer', () => {
    const view = isolateLayer({ ...defaultViewState(), peel: 3 }, 'deep', 'right');
    const drawn = STRUCTURES.filter((s) => effectiveVisibility(view, s) !== 'hidden').map(
      (s) => `${s.id}:${s.side}`,
    );
    expect(drawn.sort()).toEqual(['gluteus-minimus:right', 'iliacus:right', 'psoas-major:right']);
  });

  it('isolating a structure leaves only it', () => {
    const view = isolateStructure(defaultViewState(), 'piriformis:left');
    const drawn = STRUCTURES.filter((s) => effectiveVisibility(view, s) !== 'hidden');
    expect(drawn.map((s) => `${s.id}:${s.side}`)).toEqual(['piriformis:left']);
  });

  it('cycles shown → ghosted → hidden → shown', () => {
    expect([nextVisibility('shown'), nextVisibility('ghosted'), nextVisibility('hidden')]).toEqual([
      'ghosted',
      'hidden',
      'shown',
    ]);
  });
});
