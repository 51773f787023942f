import { describe, expect, it } from 'vitest';
import { summariseNeedlePath } from './needle-path';

describe('summariseNeedlePath', () => {
  it('orders tissues by where the line enters them and finds the nearest nerve', () => {
    const summary = summariseNeedlePath({
      lengthM: 0.0414,
      crossings: [
        { key: 'gluteus-medius:left', entryM: 0.031 },
        { key: 'skin:midline', entryM: 0 },
        { key: 'gluteus-maximus:left', entryM: 0.012 },
        { key: 'gluteus-maximus:left', entryM: 0.02 },
        { key: 'gluteus-minimus:left', entryM: 0.06 },
      ],
      nerves: [
        { nerve: 'sciatic-nerve', side: 'left', distanceM: 0.0615 },
        { nerve: 'superior-gluteal-nerve', side: 'left', distanceM: 0.0184 },
      ],
    });
    expect(summary).toEqual({
      depthMm: 41,
      tissues: ['skin:midline', 'gluteus-maximus:left', 'gluteus-medius:left'],
      nearestNerve: { nerve: 'superior-gluteal-nerve', side: 'left', distanceMm: 18 },
    });
  });

  it('has no nearest nerve when the model has none', () => {
    expect(
      summariseNeedlePath({ lengthM: 0.01, crossings: [], nerves: [] }).nearestNerve,
    ).toBeNull();
  });
});
