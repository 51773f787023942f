/**
 * The body fitted to a patient, measured on the built model in Node: the glb's morph targets
 * applied with the weights `bodyFit` gives, the whole model scaled, and the depth of named
 * sites compared with the reference body and with published figures.
 */
import { resolve } from 'node:path';
import { DoubleSide, Ray, Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { isMuscleId } from '../../src/domain/anatomy';
import { BODY_MORPHS, type Body, type BodyFit, bodyFit } from '../../src/domain/body';
import type { Vec3 } from '../../src/domain/geometry';
import { type Extras, type HipModelData, readHipModel } from '../support/read-hip-model';

const GLB = resolve(import.meta.dirname, '../../public/models/hip.glb');
const WOMAN_165_90: Body = { sex: 'female', heightM: 1.65, massKg: 90 };

/** The morph weights the viewer sets for a fit, per node. */
function weightsFor(fit: BodyFit) {
  return (extras: Extras): Record<string, number> | undefined => {
    if (extras.kind === 'skin')
      return {
        [BODY_MORPHS.fat.name]: fit.weights.fat,
        [BODY_MORPHS.muscleBulk.name]: fit.weights.skinMuscleBulk,
      };
    if (extras.kind === 'muscle' && isMuscleId(extras.id))
      return { [BODY_MORPHS.muscleBulk.name]: fit.weights.muscleBulk[extras.id] };
    return undefined;
  };
}

const KINDS = ['muscle', 'skin', 'bone'];
let reference: HipModelData;
let fitted: HipModelData;
const fit = bodyFit(WOMAN_165_90);

beforeAll(async () => {
  reference = await readHipModel(GLB, KINDS);
  fitted = await readHipModel(GLB, KINDS, weightsFor(fit));
});

const ray = new Ray();
/** First hit of a surface along a ray (metres from the origin), or Infinity. */
function firstHit(model: HipModelData, key: string, origin: Vec3, dir: Vec3): number {
  const surface = model.surfaces.get(key);
  if (!surface) throw new Error(`no surface ${key}`);
  ray.origin.set(...origin);
  ray.direction.set(...dir).normalize();
  const hit = surface.bvh.raycastFirst(ray, DoubleSide);
  return hit ? hit.distance : Number.POSITIVE_INFINITY;
}

/** A place on the skin: one skin vertex (the same tissue on every fit) and its inward normal. */
interface SkinSite {
  vertex: number;
  inward: Vec3;
}

/** The skin vertex where a ray from outside first meets the reference skin. */
function skinSite(origin: Vec3, dir: Vec3): SkinSite {
  const skin = reference.surfaces.get('skin:midline')!;
  ray.origin.set(...origin);
  ray.direction.set(...dir).normalize();
  const hit = skin.bvh.raycastFirst(ray, DoubleSide);
  if (!hit) throw new Error('the ray misses the skin');
  const geometry = skin.geometry.clone();
  geometry.computeVertexNormals();
  const position = geometry.getAttribute('position');
  const normal = geometry.getAttribute('normal');
  let vertex = 0;
  let best = Number.POSITIVE_INFINITY;
  const v = new Vector3();
  for (let i = 0; i < position.count; i++) {
    const d = v.fromBufferAttribute(position, i).distanceToSquared(hit.point);
    if (d < best) {
      best = d;
      vertex = i;
    }
  }
  const n = new Vector3().fromBufferAttribute(normal, vertex).normalize();
  // Surface nets wind outward; the inward normal points along the entering ray.
  if (n.dot(ray.direction) < 0) n.negate();
  return { vertex, inward: [n.x, n.y, n.z] };
}

/**
 * Depth under the skin as an ultrasound probe or a CT reader measures it: from the skin point
 * straight in along the skin's normal to the first tissue (or to `tissue`), in real millimetres
 * (model millimetres times the fit's overall scale).
 */
function depthMm(model: HipModelData, site: SkinSite, scale: number, tissue?: string): number {
  const p = model.surfaces.get('skin:midline')!.geometry.getAttribute('position');
  const start: Vec3 = [p.getX(site.vertex), p.getY(site.vertex), p.getZ(site.vertex)];
  const keys = tissue ? [tissue] : [...model.surfaces.keys()].filter((k) => k !== 'skin:midline');
  return Math.min(...keys.map((k) => firstHit(model, k, start, site.inward))) * 1000 * scale;
}

const lm = (model: HipModelData, key: string): Vec3 => {
  const p = model.landmarks.get(key);
  if (!p) throw new Error(`no landmark ${key}`);
  return p;
};

const mix = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const OUTSIDE_M = 0.3;

/** The centre of a surface's vertices (the middle of a muscle). */
function centre(model: HipModelData, key: string): Vec3 {
  const p = model.surfaces.get(key)!.geometry.getAttribute('position');
  const c = new Vector3();
  for (let i = 0; i < p.count; i++) c.add(new Vector3(p.getX(i), p.getY(i), p.getZ(i)));
  c.divideScalar(p.count);
  return [c.x, c.y, c.z];
}

const SIDE = 'right';
/** Millimetres of disagreement allowed between the model and the hand-calculated increment. */
const TOLERANCE_MM = 1.5;

/** The named sites, found from landmarks on the reference model. */
function namedSites(): Record<string, SkinSite> {
  const r = reference;
  const at = (id: string) => lm(r, `${id}:${SIDE}`);
  const lateral: Vec3 = [-1, 0, 0]; // the right side is -X: a lateral ray travels +X
  const fromSide = (p: Vec3) => skinSite(add(p, [-OUTSIDE_M, 0, 0]), [-lateral[0], 0, 0]);
  const fromBehind = (p: Vec3) => skinSite(add(p, [0, 0, -OUTSIDE_M]), [0, 0, 1]);
  return {
    // Nisbet 2006: the upper outer quadrant of the buttock
    dorsogluteal: fromBehind(at('buttock-quadrant-center')),
    // the middle of the triangle ASIS – iliac tubercle – greater trochanter (Hochstetter)
    ventrogluteal: fromSide(
      mix(mix(at('ASIS'), at('iliac-tubercle'), 0.5), at('greater-trochanter-tip'), 0.5),
    ),
    // over gluteus medius, halfway from the trochanter to the iliac crest
    'lateral-hip': fromSide(mix(at('greater-trochanter-tip'), at('iliac-crest-highest'), 0.5)),
    // Gibney's thigh site, laterally at mid-thigh
    'lateral-thigh': fromSide(
      mix(at('greater-trochanter-tip'), at('femoral-lateral-epicondyle'), 0.5),
    ),
    'gluteal-fold': fromBehind(at('gluteal-fold-midpoint')),
  };
}

describe(`a fitted body: ${WOMAN_165_90.sex}, ${WOMAN_165_90.heightM} m, ${WOMAN_165_90.massKg} kg`, () => {
  it('adds the Gibney fat increment (5.1 mm for sex + 0.4 mm per kg/m²) at five named sites', () => {
    expect(fit.fatIncrementMm).toBeCloseTo(9.18, 2);
    for (const [name, site] of Object.entries(namedSites())) {
      const before = depthMm(reference, site, 1);
      const after = depthMm(fitted, site, fit.scale);
      // the whole body scales with height; the fat increment comes on top, in real mm
      expect(after - before * fit.scale, name).toBeCloseTo(fit.fatIncrementMm, 0);
      expect(Math.abs(after - before * fit.scale - fit.fatIncrementMm), name).toBeLessThan(
        TOLERANCE_MM,
      );
    }
  });

  it('keeps the depths in the published ranges for such a body', () => {
    const sites = namedSites();
    const dorsogluteal = depthMm(fitted, sites.dorsogluteal!, fit.scale);
    const ventrogluteal = depthMm(fitted, sites.ventrogluteal!, fit.scale);
    // Nisbet 2006 (CT, 100 adults): skin to gluteal muscle > 25 mm dorsogluteally in 72 %, deeper
    // in women; Chan 2006: a standard needle reached the muscle in only 8 % of women.
    // Nisbet's 25 mm is a cohort fraction (72 % of 100 mixed CTs), not a bound for one body, and
    // the model's fat follows Gibney 2010 (ultrasound): the reference man has Gibney's buttock
    // skin + fat less half the sex difference (15 mm) and this woman gets Gibney's +9.2 mm on top,
    // about 23 mm. Gibney supports at least skin 2.4 + fat 15.4 + 2.55 (a woman at that cohort's
    // mean BMI, which was high, near hers) = 20.4 mm; Nisbet puts 43 % of adults over 35 mm. So the
    // check is the range both sources support for her, 20.4-35 mm, not > 25 mm. Calibrating the
    // reference buttock up to Gibney's full mean (17.8 mm) gives her 26 mm but puts the reference
    // skin-to-piriformis (medial) at 70.7 mm, over Park 2011's mean + 2 SD (70 mm): the three
    // sources cannot all be met with one buttock layer. See soft-tissue-depths.ts (dorsogluteal).
    expect(dorsogluteal).toBeGreaterThan(2.4 + 15.4 + 5.1 / 2);
    expect(dorsogluteal).toBeLessThan(35);
    // Nisbet 2006: the ventrogluteal site is the thinner one (> 25 mm in 26 % vs 72 %).
    expect(ventrogluteal).toBeLessThan(dorsogluteal);
    // Gibney 2010: fat grows with BMI and is thicker in women, so every site is deeper than on
    // the reference man (BMI 22.9) even after the body shrinks to 1.65 m.
    for (const [name, site] of Object.entries(sites))
      expect(depthMm(fitted, site, fit.scale), name).toBeGreaterThan(depthMm(reference, site, 1));
  });

  it('reaches piriformis deeper by the fat plus the thicker gluteus maximus (Park 2011 path)', () => {
    // Park 2011 measured skin to the middle of piriformis on CT, from behind.
    const pc = centre(reference, `piriformis:${SIDE}`);
    const site = skinSite(add(pc, [0, 0, -OUTSIDE_M]), [0, 0, 1]);
    const p = reference.surfaces.get('skin:midline')!.geometry.getAttribute('position');
    const towards = new Vector3(...pc)
      .sub(new Vector3(p.getX(site.vertex), p.getY(site.vertex), p.getZ(site.vertex)))
      .normalize();
    const line: SkinSite = { vertex: site.vertex, inward: [towards.x, towards.y, towards.z] };
    const key = `piriformis:${SIDE}`;
    const before = depthMm(reference, line, 1, key);
    const after = depthMm(fitted, line, fit.scale, key);
    expect(Number.isFinite(before)).toBe(true);
    const added = after - before * fit.scale;
    expect(added).toBeGreaterThan(fit.fatIncrementMm - TOLERANCE_MM);
    // gluteus maximus gains 41 % volume over the scale: a few millimetres of thickness, not more
    expect(added).toBeLessThan(fit.fatIncrementMm + 8);
  });

  it('gives each muscle its Handsfield volume for this body (within 3 %)', () => {
    for (const key of reference.surfaces.keys()) {
      const [id = ''] = key.split(':');
      if (!isMuscleId(id)) continue;
      const before = closedVolume(reference, key);
      const after = closedVolume(fitted, key) * fit.scale ** 3;
      expect(after / before, key).toBeGreaterThan(fit.muscleVolumeRatio[id] * 0.97);
      expect(after / before, key).toBeLessThan(fit.muscleVolumeRatio[id] * 1.03);
    }
  });

  it('leaves the bones and their landmarks where they were (before the overall scale)', () => {
    for (const [key, p] of reference.landmarks) expect(fitted.landmarks.get(key), key).toEqual(p);
  });
});

/** Volume enclosed by a surface (divergence theorem), m³. */
function closedVolume(model: HipModelData, key: string): number {
  const g = model.surfaces.get(key)!.geometry;
  const p = g.getAttribute('position');
  const index = g.getIndex()!;
  let six = 0;
  const a = new Vector3();
  const b = new Vector3();
  const c = new Vector3();
  for (let t = 0; t < index.count; t += 3) {
    a.fromBufferAttribute(p, index.getX(t));
    b.fromBufferAttribute(p, index.getX(t + 1));
    c.fromBufferAttribute(p, index.getX(t + 2));
    six += a.dot(b.cross(c));
  }
  return six / 6;
}
