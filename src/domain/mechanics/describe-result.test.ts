import { describe, expect, it } from 'vitest';
import { mechanics as text } from '../messages/en/mechanics';
import { describeResult } from './describe-result';
import { MECHANICS_PRESETS } from './presets';
import { simulate } from './simulate';

const PALSY = {
  'gluteus-medius': { weakness: 1 },
  'gluteus-minimus': { weakness: 1 },
  'tensor-fasciae-latae': { weakness: 1 },
} as const;

describe('describeResult', () => {
  it('reads a pelvic drop and the knee and hip loads', () => {
    // 7° forced drop: KAM +~50 %, hip joint load +~20 %
    expect(describeResult(simulate({ forcedPosture: { pelvicDropDeg: 7 } }))).toBe(
      'With this posture, the pelvis drops 7° on the other side; the inner-knee load rises about 50 %, the side muscles of the lower back on the standing-leg side pull about 0.3 BW to hold the trunk and the lower-back compression rises about 40 %.',
    );
  });

  it('reads a Trendelenburg palsy without percentages: the centre of pressure leaves the foot', () => {
    expect(describeResult(simulate({ muscles: PALSY, compensationStyle: 0 }))).toBe(
      'With this weakness and this way of compensating (mostly letting the pelvis drop), the pelvis drops 13° on the other side; the inner-knee load rises, the side muscles of the lower back on the standing-leg side pull about 0.5 BW to hold the trunk and the lower-back compression rises; no percentages: the centre of pressure would leave the foot, beyond what this static model can size.',
    );
  });

  it('reads the moderate, measured scenario: a 4° drop', () => {
    expect(describeResult(simulate({ forcedPosture: { pelvicDropDeg: 4 } }))).toBe(
      'With this posture, the pelvis drops 4° on the other side; the inner-knee load rises about 30 %, the side muscles of the lower back on the standing-leg side pull about 0.2 BW to hold the trunk and the lower-back compression rises about 25 %.',
    );
  });

  it('reads a trunk lean that takes the load off the inner knee', () => {
    expect(describeResult(simulate({ muscles: PALSY, compensationStyle: 1 }))).toBe(
      'With this weakness and this way of compensating (mostly leaning the trunk over the standing leg), the trunk leans 24° toward the standing leg; the inner-knee load disappears (the outer knee takes the load), the side muscles of the lower back on the lifted-leg side pull about 1.0 BW to hold the trunk and the lower-back compression rises; no percentages: the centre of pressure would leave the foot, beyond what this static model can size.',
    );
  });

  it('leads with the abductor force when a cane is used', () => {
    expect(describeResult(simulate({ cane: { side: 'contralateral', loadBW: 0.1 } }))).toBe(
      'The hip abductor force falls about 40 %, the inner-knee load falls about 70 % and the hip joint load falls about 30 %.',
    );
  });

  it('reads lower-back changes from a tight iliopsoas', () => {
    expect(
      describeResult(
        simulate({
          task: { kind: 'quiet-standing' },
          muscles: { 'psoas-major': { tightness: 0.8 } },
        }),
      ),
    ).toBe(
      'The pelvis tilts 8° forward and the lower-back curve deepens 8°; the lower-back compression falls about 7 % and the lower-back shear rises about 15 %.',
    );
  });

  it('reads the extensor shift in a hinge', () => {
    expect(
      describeResult(
        simulate({
          task: { kind: 'hip-hinge', trunkFlexionDeg: 50 },
          muscles: { 'gluteus-maximus': { weakness: 0.8 } },
        }),
      ),
    ).toBe(
      'The gluteus maximus does 12 % of the hip extension work instead of 40 %, so the hamstrings take more.',
    );
  });

  it('says when nothing changes, and why when a weakness is covered', () => {
    expect(describeResult(simulate())).toBe(text.describe.noChange);
    // usable 0.9·2.0·(1 - 0.57·0.5) = 1.287 against 0.8824 needed: 31 % left over
    expect(describeResult(simulate({ muscles: { 'gluteus-medius': { weakness: 0.5 } } }))).toBe(
      text.describe.noChangeWeaknessCovered(31),
    );
    expect(
      describeResult(
        simulate({
          task: { kind: 'quiet-standing' },
          muscles: { 'gluteus-medius': { weakness: 1 } },
        }),
      ),
    ).toBe(text.describe.noChangeAbductorsIdle);
  });

  it('gives one sentence for every preset', () => {
    for (const p of MECHANICS_PRESETS) {
      const s = describeResult(simulate(p.input));
      expect(s, p.id).toMatch(/^[A-Z].*\.$/);
      expect(s.slice(0, -1), p.id).not.toContain('. ');
      expect(s, p.id).not.toMatch(/NaN|undefined|Infinity/);
    }
  });

  it('rounds percentages to whole numbers below 10 % and to fives above', () => {
    expect(text.describe.aboutPercent(7.4)).toBe(7);
    expect(text.describe.aboutPercent(-38)).toBe(40);
    expect(text.describe.aboutPercent(92.7)).toBe(95);
  });
});
