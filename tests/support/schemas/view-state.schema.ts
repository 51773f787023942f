/**
 * What a valid view state is, written independently of the parser (zod), for the property
 * tests of the URL parameters and the embed messages: every field in range, every name from
 * the vocabulary, no extra keys.
 */
import { z } from 'zod';
import { BILATERAL_SIDES, LAYER_IDS, MUSCLE_IDS, STRUCTURES } from '../../../src/domain/anatomy';
import { BODY_SEXES } from '../../../src/domain/body';
import { CAMERA_PRESET_IDS } from '../../../src/domain/camera';
import {
  BASELINE_STRENGTHS,
  CANE_SIDES,
  MECHANICS_INPUT_RANGES,
} from '../../../src/domain/mechanics';
import { CONFIDENCES, MOTOR_POINTS, POINT_TYPES } from '../../../src/domain/motor-points';
import { MAX_PEEL, VIEW_MODES, VISIBILITIES } from '../../../src/domain/view-state';

const STRUCTURE_KEYS = new Set(STRUCTURES.map((s) => `${s.id}:${s.side}`));
const POINT_IDS = new Set(MOTOR_POINTS.map((p) => p.id));

const visibility = z.enum(VISIBILITIES);
const side = z.enum(BILATERAL_SIDES);
const unit = z.number().finite().min(0).max(1);
const inRange = ([min, max]: readonly [number, number]) => z.number().finite().min(min).max(max);
const coordinate = z.number().finite().min(-100).max(100);
const vec3 = z.tuple([coordinate, coordinate, coordinate]);
const structureKey = z.string().refine((key) => STRUCTURE_KEYS.has(key), 'not a structure key');
const pointKey = z.string().refine((key) => {
  const [id = '', pointSide, ...rest] = key.split(':');
  return rest.length === 0 && POINT_IDS.has(id) && (pointSide === 'left' || pointSide === 'right');
}, 'not a motor point key');

const layers = z.strictObject(
  Object.fromEntries(
    LAYER_IDS.map((id) => [id, z.strictObject({ left: visibility, right: visibility })]),
  ),
);

const camera = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('preset'), preset: z.enum(CAMERA_PRESET_IDS) }),
  z
    .strictObject({ kind: z.literal('custom'), position: vec3, target: vec3 })
    .refine(
      (c) => c.position.some((v, i) => v !== c.target[i]),
      'the camera target equals its position',
    ),
]);

const task = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single-leg-stance') }),
  z.strictObject({ kind: z.literal('quiet-standing') }),
  z.strictObject({
    kind: z.literal('hip-hinge'),
    trunkFlexionDeg: inRange(MECHANICS_INPUT_RANGES.trunkFlexionDeg),
  }),
]);

const viewStateSchema = z.strictObject({
  layers,
  structures: z.record(structureKey, visibility),
  peel: z.number().int().min(0).max(MAX_PEEL),
  selection: structureKey.nullable(),
  camera,
  mode: z.enum(VIEW_MODES),
  labels: z.boolean(),
  pinnedLabels: z
    .array(structureKey)
    .max(12)
    .refine((pins) => new Set(pins).size === pins.length, 'repeated pinned label'),
  point: pointKey.nullable(),
  markers: z.strictObject({
    shown: z.boolean(),
    xray: z.boolean(),
    types: z
      .array(z.enum(POINT_TYPES))
      .refine((types) => new Set(types).size === types.length, 'repeated point type'),
    minConfidence: z.enum(CONFIDENCES).nullable(),
    muscle: z.enum(MUSCLE_IDS).nullable(),
  }),
  acupuncture: z.boolean(),
  dysfunction: z.strictObject({
    stanceSide: side,
    muscles: z.partialRecord(
      z.enum(MUSCLE_IDS),
      z.strictObject({ weakness: unit, tightness: unit }),
    ),
    task,
    compensationStyle: unit,
    bodyMassKg: inRange(MECHANICS_INPUT_RANGES.bodyMassKg),
    heightM: inRange(MECHANICS_INPUT_RANGES.heightM),
    baselineStrength: z.enum(BASELINE_STRENGTHS),
    cane: z
      .strictObject({
        side: z.enum(CANE_SIDES),
        loadBW: inRange(MECHANICS_INPUT_RANGES.caneLoadBW),
      })
      .nullable(),
  }),
  bodySex: z.enum(BODY_SEXES).nullable(),
});

/** The problems of a state as readable lines, or [] when it is valid. */
export function viewStateProblems(state: unknown): string[] {
  const result = viewStateSchema.safeParse(state);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
