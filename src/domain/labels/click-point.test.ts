import { describe, expect, it } from 'vitest';
import { clickRayPoint } from './click-point';

describe('clickRayPoint', () => {
  it('casts through the last pointer position when the click is the same press', () => {
    // The hover named the marker under (531.88, 342.73); the click reports whole pixels.
    expect(clickRayPoint({ x: 531, y: 342 }, { x: 531.88, y: 342.73 })).toEqual({
      x: 531.88,
      y: 342.73,
    });
  });

  it('casts through the click itself when the pointer was elsewhere', () => {
    expect(clickRayPoint({ x: 531, y: 342 }, { x: 540, y: 342 })).toEqual({ x: 531, y: 342 });
    expect(clickRayPoint({ x: 531, y: 342 }, { x: 531, y: 344 })).toEqual({ x: 531, y: 342 });
  });

  it('casts through the click when no pointer event came before it (a keyboard or test click)', () => {
    expect(clickRayPoint({ x: 10, y: 20 }, null)).toEqual({ x: 10, y: 20 });
  });

  it('keeps to the tolerance it is given', () => {
    expect(clickRayPoint({ x: 10, y: 10 }, { x: 12, y: 10 }, 2)).toEqual({ x: 12, y: 10 });
    expect(clickRayPoint({ x: 10, y: 10 }, { x: 12.5, y: 10 }, 2)).toEqual({ x: 10, y: 10 });
  });
});
