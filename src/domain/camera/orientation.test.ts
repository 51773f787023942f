import { describe, expect, it } from 'vitest';
import { CAMERA_PRESETS } from './camera-presets';
import { screenOrientation } from './orientation';

const preset = (id: string) => CAMERA_PRESETS.find((p) => p.id === id)?.direction ?? [0, 0, 0];

describe('screenOrientation', () => {
  it("puts the body's left on the screen's right in the front view, as facing a patient", () => {
    expect(screenOrientation(preset('anterior'))).toEqual({
      screenRight: 'left',
      screenLeft: 'right',
      screenUp: 'superior',
      screenDown: 'inferior',
    });
  });

  it("puts the body's right on the screen's right from behind", () => {
    expect(screenOrientation(preset('posterior'))).toMatchObject({
      screenRight: 'right',
      screenUp: 'superior',
    });
  });

  it('shows front and back across the screen from either side', () => {
    expect(screenOrientation(preset('left-lateral'))).toMatchObject({
      screenRight: 'posterior',
      screenLeft: 'anterior',
    });
    expect(screenOrientation(preset('right-lateral'))).toMatchObject({
      screenRight: 'anterior',
      screenLeft: 'posterior',
    });
  });

  it('from above, the back is at the top of the screen and the front at the bottom', () => {
    expect(screenOrientation(preset('superior'))).toEqual({
      screenRight: 'left',
      screenLeft: 'right',
      screenUp: 'posterior',
      screenDown: 'anterior',
    });
  });

  it('has no answer for a direction without a screen right', () => {
    expect(screenOrientation([0, 1, 0])).toBeNull();
    expect(screenOrientation([0, 0, 0])).toBeNull();
  });
});
