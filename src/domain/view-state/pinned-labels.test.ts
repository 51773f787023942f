import { describe, expect, it } from 'vitest';
import { STRUCTURES, type StructureKey } from '../anatomy';
import { isLabelPinned, MAX_PINNED_LABELS, pinLabel, unpinLabel } from './pinned-labels';
import { defaultViewState } from './view-state';

describe('pinned labels', () => {
  it('pins and unpins a label, keeping vocabulary order', () => {
    let view = defaultViewState();
    view = pinLabel(view, 'iliacus:left');
    view = pinLabel(view, 'gluteus-maximus:right');
    expect(view.pinnedLabels).toEqual(['gluteus-maximus:right', 'iliacus:left']);
    expect(isLabelPinned(view, 'iliacus:left')).toBe(true);
    view = unpinLabel(view, 'iliacus:left');
    expect(view.pinnedLabels).toEqual(['gluteus-maximus:right']);
    expect(isLabelPinned(view, 'iliacus:left')).toBe(false);
  });

  it('returns the same view when nothing changes', () => {
    const view = pinLabel(defaultViewState(), 'iliacus:left');
    expect(pinLabel(view, 'iliacus:left')).toBe(view);
    expect(unpinLabel(view, 'psoas-major:left')).toBe(view);
    expect(pinLabel(view, 'knee:left' as StructureKey)).toBe(view);
  });

  it('does not change the view it was given', () => {
    const view = defaultViewState();
    pinLabel(view, 'iliacus:left');
    expect(view.pinnedLabels).toEqual([]);
  });

  it('keeps at most the maximum number of pins', () => {
    let view = defaultViewState();
    for (const s of STRUCTURES) view = pinLabel(view, `${s.id}:${s.side}` as StructureKey);
    expect(view.pinnedLabels).toHaveLength(MAX_PINNED_LABELS);
  });
});
