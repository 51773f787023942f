import { describe, expect, it } from 'vitest';
import { moveInGrid } from './roving-grid';

describe('moveInGrid', () => {
  it('moves within a row with left and right, wrapping at the ends', () => {
    expect(moveInGrid({ row: 2, column: 0 }, 'ArrowRight', 6, 4)).toEqual({ row: 2, column: 1 });
    expect(moveInGrid({ row: 2, column: 3 }, 'ArrowRight', 6, 4)).toEqual({ row: 2, column: 0 });
    expect(moveInGrid({ row: 2, column: 0 }, 'ArrowLeft', 6, 4)).toEqual({ row: 2, column: 3 });
  });

  it('moves between rows with up and down, keeping the column', () => {
    expect(moveInGrid({ row: 0, column: 2 }, 'ArrowDown', 6, 4)).toEqual({ row: 1, column: 2 });
    expect(moveInGrid({ row: 0, column: 2 }, 'ArrowUp', 6, 4)).toEqual({ row: 5, column: 2 });
    expect(moveInGrid({ row: 5, column: 1 }, 'ArrowDown', 6, 4)).toEqual({ row: 0, column: 1 });
  });

  it('jumps to the ends of the row with Home and End, and ignores other keys', () => {
    expect(moveInGrid({ row: 3, column: 2 }, 'Home', 6, 4)).toEqual({ row: 3, column: 0 });
    expect(moveInGrid({ row: 3, column: 1 }, 'End', 6, 4)).toEqual({ row: 3, column: 3 });
    expect(moveInGrid({ row: 3, column: 1 }, 'Tab', 6, 4)).toBeNull();
    expect(moveInGrid({ row: 3, column: 1 }, 'Enter', 6, 4)).toBeNull();
  });
});
