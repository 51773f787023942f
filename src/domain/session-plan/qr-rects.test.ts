import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qrRects } from './qr-rects';

function paint(rects: ReturnType<typeof qrRects>, width: number, height: number): boolean[][] {
  const grid = Array.from({ length: height }, () => Array<boolean>(width).fill(false));
  for (const r of rects) for (let x = r.x; x < r.x + r.width; x++) grid[r.y]![x] = true;
  return grid;
}

describe('qrRects', () => {
  it('merges each row’s dark modules into runs', () => {
    const modules = [
      [true, true, false, true],
      [false, false, false, false],
      [true, true, true, true],
    ];
    expect(qrRects(modules)).toEqual([
      { x: 0, y: 0, width: 2 },
      { x: 3, y: 0, width: 1 },
      { x: 0, y: 2, width: 4 },
    ]);
  });

  it('draws exactly the dark modules, with no overlapping or touching runs in a row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((size) =>
          fc.array(fc.array(fc.boolean(), { minLength: size, maxLength: size }), {
            minLength: size,
            maxLength: size,
          }),
        ),
        (modules) => {
          const rects = qrRects(modules);
          const size = modules.length;
          expect(paint(rects, size, size)).toEqual(modules);
          for (let i = 1; i < rects.length; i++) {
            const a = rects[i - 1]!;
            const b = rects[i]!;
            if (a.y === b.y)
              expect(b.x, 'runs in a row are separated').toBeGreaterThan(a.x + a.width);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
