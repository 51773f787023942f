import { describe, expect, it } from 'vitest';
import type { StructureKey } from '../anatomy';
import {
  AUTO_LABEL_MUSCLES,
  autoLabelLimit,
  autoLabelOrder,
  labelCandidates,
} from './label-choice';

describe('label choice', () => {
  it('offers each hip muscle once on the near side before any on the far side', () => {
    const order = autoLabelOrder('left');
    const muscles = AUTO_LABEL_MUSCLES.length;
    expect(order.slice(0, muscles).every((k) => k.endsWith(':left'))).toBe(true);
    expect(order.slice(muscles, 2 * muscles).every((k) => k.endsWith(':right'))).toBe(true);
    expect(order).toContain('iliacus:left');
    expect(order).toContain('psoas-major:right');
    expect(order).toContain('sacrum:midline');
    expect(new Set(order).size).toBe(order.length);
  });

  it('puts pins first, then the selection, and gives hidden structures no label', () => {
    const hidden = new Set<StructureKey>(['gluteus-maximus:right', 'sciatic-nerve:left']);
    const candidates = labelCandidates({
      labelsOn: true,
      pinned: ['sciatic-nerve:left', 'iliacus:left'],
      selection: 'piriformis:right',
      nearSide: 'right',
      isShown: (key) => !hidden.has(key),
      isSolid: () => true,
    });
    expect(candidates.slice(0, 2)).toEqual(['iliacus:left', 'piriformis:right']);
    expect(candidates).not.toContain('gluteus-maximus:right');
    expect(candidates.filter((k) => k === 'iliacus:left')).toHaveLength(1);
  });

  it('labels only the pinned structures when labels are off', () => {
    expect(
      labelCandidates({
        labelsOn: false,
        pinned: ['iliacus:left'],
        selection: 'piriformis:right',
        nearSide: 'right',
        isShown: () => true,
        isSolid: () => true,
      }),
    ).toEqual(['iliacus:left']);
  });

  it('from the front, alternates sides so each muscle is named once before its twin', () => {
    const order = autoLabelOrder(null);
    expect(order.slice(0, 4)).toEqual([
      'gluteus-maximus:right',
      'gluteus-medius:left',
      'iliacus:right',
      'psoas-major:left',
    ]);
    const muscles = AUTO_LABEL_MUSCLES.length;
    expect(new Set(order.slice(0, muscles).map((k) => k.split(':')[0])).size).toBe(muscles);
    expect(order).toContain('iliacus:left');
  });

  it('labels see-through structures only when pinned or selected', () => {
    const seeThrough = (key: StructureKey) => key.startsWith('gluteus-maximus');
    const candidates = labelCandidates({
      labelsOn: true,
      pinned: ['gluteus-maximus:left'],
      selection: 'gluteus-maximus:right',
      nearSide: null,
      isShown: () => true,
      isSolid: (key) => !seeThrough(key),
    });
    expect(candidates.slice(0, 2)).toEqual(['gluteus-maximus:left', 'gluteus-maximus:right']);
    expect(candidates.slice(2).some(seeThrough)).toBe(false);
    expect(candidates).toContain('piriformis:right');
  });

  it('shows fewer automatic labels on a phone', () => {
    expect(autoLabelLimit(390)).toBeLessThan(autoLabelLimit(1280));
  });
});
