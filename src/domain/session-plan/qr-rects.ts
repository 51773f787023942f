/** One horizontal run of dark modules in a QR matrix, in module units. */
export interface QrRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/**
 * The dark modules of a QR matrix (`true` = dark, rows top to bottom) as horizontal runs, so an
 * SVG draws a code with one rectangle per run instead of one per module.
 */
export function qrRects(modules: readonly (readonly boolean[])[]): QrRect[] {
  const rects: QrRect[] = [];
  modules.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= row.length; x++) {
      const dark = x < row.length && row[x] === true;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        rects.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  });
  return rects;
}
