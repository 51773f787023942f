/** A cell in a grid of buttons that is one tab stop (roving tabindex). */
export interface GridCell {
  row: number;
  column: number;
}

/**
 * Where an arrow key (or Home/End) moves focus in a rows × columns grid of buttons: left/right
 * within a row, up/down between rows, wrapping at the ends; null for any other key.
 */
export function moveInGrid(
  from: GridCell,
  key: string,
  rows: number,
  columns: number,
): GridCell | null {
  const wrap = (value: number, size: number) => (value + size) % size;
  switch (key) {
    case 'ArrowRight':
      return { row: from.row, column: wrap(from.column + 1, columns) };
    case 'ArrowLeft':
      return { row: from.row, column: wrap(from.column - 1, columns) };
    case 'ArrowDown':
      return { row: wrap(from.row + 1, rows), column: from.column };
    case 'ArrowUp':
      return { row: wrap(from.row - 1, rows), column: from.column };
    case 'Home':
      return { row: from.row, column: 0 };
    case 'End':
      return { row: from.row, column: columns - 1 };
    default:
      return null;
  }
}
