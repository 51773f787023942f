import { describe, expect, it } from 'vitest';
import { revealStructure, structureViewDirection } from './reveal-structure';
import { defaultViewState } from './view-state';

describe('framing a structure from where it is seen', () => {
  it('looks at iliacus and psoas from the front and at the buttock muscles from behind', () => {
    expect(structureViewDirection('iliacus:right')?.[2]).toBeGreaterThan(0.5);
    expect(structureViewDirection('psoas-major:left')?.[2]).toBeGreaterThan(0.5);
    expect(structureViewDirection('gluteus-maximus:right')?.[2]).toBeLessThan(-0.5);
    expect(structureViewDirection('piriformis:left')?.[2]).toBeLessThan(-0.5);
  });

  it('looks from the structure’s own side (the body’s right is -X)', () => {
    expect(structureViewDirection('gluteus-medius:right')?.[0]).toBeLessThan(0);
    expect(structureViewDirection('gluteus-medius:left')?.[0]).toBeGreaterThan(0);
    expect(structureViewDirection('tensor-fasciae-latae:right')?.[0]).toBeLessThan(0);
  });

  it('keeps the current direction for bones and nerves', () => {
    expect(structureViewDirection('femur:right')).toBeNull();
    expect(structureViewDirection('sacrum:midline')).toBeNull();
  });

  it('makes the muscles covering a deep muscle see-through on its side only', () => {
    const view = revealStructure(defaultViewState(), 'piriformis:right');
    expect(view.structures['gluteus-maximus:right']).toBe('ghosted');
    expect(view.structures['gluteus-maximus:left']).toBeUndefined();
    const minimus = revealStructure(defaultViewState(), 'gluteus-minimus:left');
    expect(minimus.structures['gluteus-medius:left']).toBe('ghosted');
    expect(minimus.structures['tensor-fasciae-latae:left']).toBe('ghosted');
  });

  it('changes nothing for a muscle seen directly, or when its cover is already not solid', () => {
    const base = defaultViewState();
    expect(revealStructure(base, 'iliacus:right')).toBe(base);
    const hidden = { ...base, structures: { 'gluteus-maximus:right': 'hidden' as const } };
    expect(revealStructure(hidden, 'piriformis:right')).toBe(hidden);
    const noSuperficial = {
      ...base,
      layers: { ...base.layers, superficial: { left: 'ghosted', right: 'ghosted' } },
    } as const;
    expect(revealStructure(noSuperficial, 'piriformis:right')).toBe(noSuperficial);
  });
});
