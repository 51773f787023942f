import { describe, expect, it } from 'vitest';
import { ACUPUNCTURE_POINTS } from '../acupuncture';
import { MOTOR_POINTS } from '../motor-points';
import { hoverLabel, targetName } from './hover-label';
import { type PointerHitTraits, pointerHitOrder } from './pointer-hit-order';

const shown: PointerHitTraits = { shown: true, seeThrough: false, drawnOnTop: false };

describe('hoverLabel', () => {
  it('names a structure with its side', () => {
    expect(hoverLabel({ kind: 'structure', key: 'gluteus-medius:right' })).toBe(
      'Gluteus medius (right)',
    );
  });

  it('names a motor point with its side and point kind, and says when its axis is unverified', () => {
    const record = MOTOR_POINTS.find((r) => r.id === 'gluteus-medius-posterior');
    if (!record) throw new Error('record missing');
    const point = { recordId: record.id, side: 'left' as const, pointType: record.pointType };
    expect(hoverLabel({ kind: 'motor-point', point: { ...point, axisUnverified: false } })).toBe(
      'Gluteus medius: posterior (left) · Motor point',
    );
    expect(hoverLabel({ kind: 'motor-point', point: { ...point, axisUnverified: true } })).toMatch(
      / · axis unverified$/,
    );
  });

  it("names a brought model's unknown point by its id and its point type", () => {
    const point = {
      recordId: 'own-point',
      side: 'right' as const,
      pointType: 'nerve-entry' as const,
      axisUnverified: false,
    };
    expect(hoverLabel({ kind: 'motor-point', point })).toBe('own-point (right) · Nerve entry');
  });

  it('names an acupuncture point by code and pinyin, and shows nothing for an unknown code', () => {
    const gb30 = ACUPUNCTURE_POINTS.find((p) => p.code === 'GB30');
    if (!gb30) throw new Error('GB30 missing');
    expect(hoverLabel({ kind: 'acupuncture', code: 'GB30', side: 'right' })).toBe(
      `GB30 ${gb30.pinyin} (right) · Acupuncture point`,
    );
    expect(hoverLabel({ kind: 'acupuncture', code: 'XX99', side: 'right' })).toBeNull();
    expect(targetName({ kind: 'acupuncture', code: 'XX99', side: 'right' })).toBeNull();
  });
});

describe('pointerHitOrder: which of the things under the pointer wins', () => {
  type Hit = { name: string } & PointerHitTraits;
  const order = (hits: Hit[]) => pointerHitOrder(hits, (h) => h).map((h) => h.name);

  it('the nearest visible thing wins: a muscle in front of a marker hides it', () => {
    expect(
      order([
        { name: 'muscle', ...shown },
        { name: 'point', ...shown },
      ]),
    ).toEqual(['muscle', 'point']);
  });

  it('a marker drawn on top (x-ray) wins over the muscle in front of it', () => {
    expect(
      order([
        { name: 'muscle', ...shown },
        { name: 'point', ...shown, drawnOnTop: true },
      ]),
    ).toEqual(['point', 'muscle']);
  });

  it('hidden structures and the see-through skin are never reached', () => {
    expect(
      order([
        { name: 'skin', ...shown, seeThrough: true },
        { name: 'hidden muscle', ...shown, shown: false },
        { name: 'point', ...shown },
        { name: 'bone', ...shown },
      ]),
    ).toEqual(['point', 'bone']);
  });
});
