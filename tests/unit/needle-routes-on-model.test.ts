import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as THREE from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LandmarkId, Side, StructureKey } from '../../src/domain/anatomy';
import { addScaled, distance } from '../../src/domain/geometry';
import { messages } from '../../src/domain/messages';
import { type LandmarkLookup, MOTOR_POINTS, type PlacedPoint } from '../../src/domain/motor-points';
import {
  isHazard,
  type NeedleGuidance,
  type NeedleModel,
  needleForPoint,
  overshootSentence,
  ROUTE_DEFAULTS,
  type TissueQuery,
} from '../../src/domain/needle';
import { bvhTissueQuery, type TissueSurface, tissueKindOf } from '../../src/scene/bvh-tissue-query';
import { placeOnSurfaces } from '../../src/scene/point-placement';
import { type HipModelData, readHipModel } from '../support/read-hip-model';

/**
 * Needle guidance for every placed point on the built model, placed exactly as the viewer
 * places them. The route rule works against whatever the model carries: bones and nerves
 * today, and vessels, organs and anything marked `atRisk` as soon as the model has them (the
 * checks below read the kinds from the model, so they cover those without a change here).
 * Set HIP_MODEL_GLB to check another model that meets the contract.
 */
const MODEL_PATH =
  process.env.HIP_MODEL_GLB ?? resolve(import.meta.dirname, '../../public/models/hip.glb');
const KINDS = ['muscle', 'skin', 'bone', 'nerve', 'vessel', 'organ'];
const IMAGE_GUIDED = new Set(['psoas-major', 'iliacus']);
const INTRAPELVIC = new Set(['piriformis-nerve-entry']);
const RECORDS = new Map(MOTOR_POINTS.map((r) => [r.id, r]));
const OUTSIDE_FOCUS = new Set(['tibia', 'fibula', 'skin']);

interface Measured {
  point: PlacedPoint;
  guidance: NeedleGuidance;
}

describe(`needle guidance on ${MODEL_PATH}`, () => {
  let model: HipModelData;
  let tissue: TissueSurface[];
  let query: TissueQuery;
  let measured: Measured[];

  beforeAll(async () => {
    expect(existsSync(MODEL_PATH), `${MODEL_PATH} is missing; build it with npm run model`).toBe(
      true,
    );
    model = await readHipModel(MODEL_PATH, KINDS);
    tissue = [];
    const focus = new THREE.Box3();
    for (const [key, surface] of model.surfaces) {
      const meta = model.kinds.get(key);
      const kind = tissueKindOf(meta?.kind);
      const [id = key, side = 'midline'] = key.split(':');
      if (!kind) continue;
      tissue.push({
        structure: { key, id, side, kind, atRisk: meta?.atRisk ?? false },
        bvh: surface.bvh,
      });
      if (!OUTSIDE_FOCUS.has(id)) focus.union(surface.bvh.getBoundingBox(new THREE.Box3()));
    }
    query = bvhTissueQuery(tissue);
    const landmarks: LandmarkLookup = (id: LandmarkId, side: Side) =>
      model.landmarks.get(`${id}:${side}`);
    const placement = placeOnSurfaces(
      model.surfaces as Map<
        StructureKey,
        typeof model.surfaces extends Map<string, infer S> ? S : never
      >,
      landmarks,
      focus.getCenter(new THREE.Vector3()).toArray(),
    );
    expect(placement.errors).toEqual([]);
    const skin = model.surfaces.get('skin:midline');
    // The same measurement the viewer makes for a selected point.
    const needleModel: NeedleModel = {
      tissue: query,
      structures: tissue.map((t) => t.structure),
      realScale: 1,
      nearestSkinPoint: (p) => {
        const hit = skin?.bvh.closestPointToPoint(new THREE.Vector3(...p));
        return hit ? [hit.point.x, hit.point.y, hit.point.z] : undefined;
      },
    };
    measured = placement.placed.map((point) => {
      const needle = needleForPoint(point, needleModel);
      if (needle.kind !== 'guided') throw new Error(`${point.recordId}: ${needle.kind}`);
      return { point, guidance: needle.guidance };
    });
  }, 300_000);

  const routes = () =>
    measured.flatMap(({ point, guidance }) =>
      guidance.route?.kind === 'route' ? [{ point, route: guidance.route }] : [],
    );

  it('places the psoas "L2–L3" marker between the L2 and L3 transverse processes', () => {
    for (const side of ['left', 'right'] as const) {
      const point = measured.find(
        (m) => m.point.recordId === 'psoas-major-l2-l3-branch-level' && m.point.side === side,
      )?.point;
      const l2 = model.landmarks.get(`L2-transverse-process:${side}`);
      const l3 = model.landmarks.get(`L3-transverse-process:${side}`);
      expect(point && l2 && l3, side).toBeTruthy();
      if (!point || !l2 || !l3) continue;
      expect(point.rulePosition[1], side).toBeGreaterThan(Math.min(l2[1], l3[1]));
      expect(point.rulePosition[1], side).toBeLessThan(Math.max(l2[1], l3[1]));
      // The L4 transverse process is well below it (the old crest-based rule landed at L4).
      const l4 = model.landmarks.get(`L4-transverse-process:${side}`);
      if (l4) expect(point.rulePosition[1] - l4[1], side).toBeGreaterThan(0.02);
    }
  });

  it('guides every placed point on both sides', () => {
    expect(measured.length).toBe(MOTOR_POINTS.length * 2);
  });

  it('shows the image-guided statement, and no route, for psoas, iliacus and intrapelvic piriformis', () => {
    const deep = measured.filter(
      ({ point }) => IMAGE_GUIDED.has(point.muscle) || INTRAPELVIC.has(point.recordId),
    );
    const expected = MOTOR_POINTS.filter(
      (r) => IMAGE_GUIDED.has(r.muscle) || INTRAPELVIC.has(r.id),
    ).length;
    expect(expected).toBe(7);
    expect(deep.length).toBe(2 * expected);
    for (const { point, guidance } of deep) {
      expect(guidance.approach.kind, point.id).toBe('image-guided');
      expect(guidance.route, point.id).toBeNull();
      if (guidance.approach.kind !== 'image-guided') continue;
      const statement = messages.motorPoints.needle.imageGuided[guidance.approach.technique];
      expect(statement, point.id).toMatch(/^Published technique: image-guided only\./);
    }
  });

  it('draws no needle route to surface electrode sites or to muscle parts without a location', () => {
    for (const { point, guidance } of measured) {
      const record = RECORDS.get(point.recordId);
      if (record?.finerType === 'stimulation-site-vendor')
        expect(guidance.approach.kind, point.id).toBe('surface-electrode');
      if (record?.pointType === 'muscle-part')
        expect(guidance.approach.kind, point.id).toBe('no-location');
      if (guidance.approach.kind !== 'straight-line') expect(guidance.route, point.id).toBeNull();
    }
  });

  it('finds a straight route for most superficial targets (the rule is not simply refusing)', () => {
    expect(routes().length).toBeGreaterThanOrEqual(16);
  });

  it('draws no route that crosses bone or a nerve, vessel, organ or structure at risk', () => {
    // Checked with the raw surfaces, independently of the route rule's own bookkeeping.
    const blocking = tissue.filter((t) => t.structure.kind === 'bone' || isHazard(t.structure));
    expect(blocking.some((t) => t.structure.kind === 'bone')).toBe(true);
    expect(blocking.some((t) => t.structure.kind === 'nerve')).toBe(true);
    const ray = new THREE.Ray();
    for (const { point, route } of routes()) {
      ray.origin.set(...route.skinEntry);
      ray.direction.set(...route.direction);
      const stopM = route.depthM - ROUTE_DEFAULTS.touchM;
      for (const t of blocking) {
        const hits = t.bvh.raycast(ray, THREE.DoubleSide, 0, stopM);
        // A nerve entry sits on its nerve: hazards touching the target itself are allowed.
        const early = hits.filter((h) => h.distance < route.depthM - ROUTE_DEFAULTS.safetyM);
        expect(
          t.structure.kind === 'bone' ? hits.length : early.length,
          `${point.id} crosses ${t.structure.key}`,
        ).toBe(0);
      }
    }
  });

  it('keeps every route the safety distance from modelled hazards before the target', () => {
    const hazards = tissue.filter((t) => isHazard(t.structure));
    const probe = new THREE.Vector3();
    for (const { point, route } of routes()) {
      const clearM = route.depthM - ROUTE_DEFAULTS.safetyM;
      for (let s = 0; s <= clearM; s += 0.002) {
        const at = addScaled(route.skinEntry, route.direction, s);
        for (const t of hazards) {
          const hit = t.bvh.closestPointToPoint(probe.set(...at));
          expect(
            hit?.distance ?? Number.POSITIVE_INFINITY,
            `${point.id} near ${t.structure.key}`,
          ).toBeGreaterThanOrEqual(ROUTE_DEFAULTS.safetyM - 0.0015);
        }
      }
      // The line really ends at the target.
      expect(
        distance(addScaled(route.skinEntry, route.direction, route.depthM), point.position),
      ).toBeLessThan(1e-6);
    }
  });

  it('states the overshoot margin of every route, naming the structure, with a warning under 20 mm', () => {
    for (const { point, route } of routes()) {
      const sentence = overshootSentence(route);
      expect(sentence, point.id).toMatch(/overshoot margin/i);
      if (route.overshoot) {
        expect(sentence, point.id).toContain(`${Math.round(route.overshoot.marginM * 1000)} mm`);
        expect(route.overshoot.warning, point.id).toBe(route.overshoot.marginM < 0.02);
        if (route.overshoot.warning) expect(sentence, point.id).toMatch(/^Short overshoot margin/);
      }
    }
  });

  it('names the sciatic nerve near the middle and caudal gluteus maximus zones', () => {
    for (const id of [
      'gluteus-maximus-middle-nerve-dense-zone',
      'gluteus-maximus-caudal-nerve-dense-zone',
    ]) {
      for (const { point, guidance } of measured.filter((m) => m.point.recordId === id)) {
        const named = [
          guidance.route?.kind === 'route' ? guidance.route.overshoot?.structure.id : undefined,
          ...guidance.nearbyHazards.map((h) => h.structure.id),
        ];
        expect(named, point.id).toContain('sciatic-nerve');
      }
    }
  });
});
