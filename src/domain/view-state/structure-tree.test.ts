import { describe, expect, it } from 'vitest';
import { moveTreeFocus, visibleTreeRows } from './structure-tree';

describe('structure tree', () => {
  it('lists the layers, and the structures of expanded layers on each side', () => {
    const collapsed = visibleTreeRows(new Set());
    expect(collapsed.map((r) => r.key)).toEqual([
      'layer:skin',
      'layer:superficial',
      'layer:intermediate',
      'layer:deep',
      'layer:bones',
      'layer:nerves',
      'layer:vessels-organs',
      'layer:context',
    ]);
    const rows = visibleTreeRows(new Set(['intermediate']));
    expect(rows.slice(3, 7).map((r) => r.label)).toEqual([
      'Gluteus medius (left)',
      'Gluteus medius (right)',
      'Piriformis (left)',
      'Piriformis (right)',
    ]);
  });

  it('moves focus like a WAI-ARIA tree', () => {
    const rows = visibleTreeRows(new Set(['intermediate']));
    expect(moveTreeFocus(rows, 'layer:intermediate', 'ArrowDown')).toBe('gluteus-medius:left');
    expect(moveTreeFocus(rows, 'gluteus-medius:left', 'ArrowLeft')).toBe('layer:intermediate');
    expect(moveTreeFocus(rows, 'layer:skin', 'ArrowUp')).toBe('layer:skin');
    expect(moveTreeFocus(rows, 'layer:skin', 'End')).toBe('layer:context');
  });
});
