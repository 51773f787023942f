import { describe, expect, it } from 'vitest';
import { STRUCTURES, type Structure } from '../anatomy';
import { structureLook } from './structure-look';
import { withLayerVisibility, withMuscleSeverity, withSelection } from './view-changes';
import { defaultViewState } from './view-state';

const find = (id: string, side: string): Structure => {
  const s = STRUCTURES.find((x) => x.id === id && x.side === side);
  if (!s) throw new Error(`no ${id}:${side}`);
  return s;
};
const medius = find('gluteus-medius', 'right');
const base = { view: defaultViewState(), hovered: null, exerciseActivation: null };

describe('how a structure looks', () => {
  it('marks the selected and the hovered structure', () => {
    const view = withSelection(base.view, 'gluteus-medius:right');
    expect(structureLook({ ...base, view }, medius).selected).toBe(true);
    expect(structureLook({ ...base, hovered: 'gluteus-medius:right' }, medius).hovered).toBe(true);
    expect(structureLook(base, find('gluteus-medius', 'left')).selected).toBe(false);
  });

  it('tints dysfunction on the stance side only', () => {
    const stance = base.view.dysfunction.stanceSide;
    const other = stance === 'right' ? 'left' : 'right';
    const dysfunction = withMuscleSeverity(base.view.dysfunction, 'gluteus-medius', {
      weakness: 0.4,
      tightness: 0.6,
    });
    const view = { ...base.view, dysfunction };
    expect(structureLook({ ...base, view }, find('gluteus-medius', stance)).dysfunction).toBe(0.6);
    expect(structureLook({ ...base, view }, find('gluteus-medius', other)).dysfunction).toBe(0);
  });

  it('colours an exercise by activation band and greys the muscles it does not work', () => {
    const stance = base.view.dysfunction.stanceSide;
    const context = { ...base, exerciseActivation: { 'gluteus-medius': 60 } };
    expect(structureLook(context, find('gluteus-medius', stance)).tint).not.toBeNull();
    expect(structureLook(context, find('gluteus-medius', stance)).tint).not.toBe('not-working');
    expect(structureLook(context, find('piriformis', stance)).tint).toBe('not-working');
    expect(structureLook(base, find('piriformis', stance)).tint).toBeNull();
  });

  it('lets clicks through see-through skin only', () => {
    const skin = STRUCTURES.find((s) => s.layer === 'skin');
    if (!skin) throw new Error('no skin structure');
    const ghosted = withLayerVisibility(base.view, 'skin', 'both', 'ghosted');
    expect(structureLook({ ...base, view: ghosted }, skin).pickThrough).toBe(true);
    const shown = withLayerVisibility(base.view, 'skin', 'both', 'shown');
    expect(structureLook({ ...base, view: shown }, skin).pickThrough).toBe(false);
    expect(structureLook({ ...base, view: ghosted }, medius).pickThrough).toBe(false);
  });
});
