import { z } from 'zod/mini';
import { LANDMARK_IDS } from '../../../src/domain/anatomy';
import { ANATOMICAL_DIRECTIONS } from '../../../src/domain/motor-points/direction';

/**
 * Runtime schemas of landmark rules, used to validate the data in tests (and, later, rules a
 * user brings). Kept apart from the types so the app bundle does not need them.
 */
const landmarkIdSchema = z.enum(LANDMARK_IDS);

const rangeSchema = z
  .tuple([z.number(), z.number()])
  .check(z.refine(([lo, hi]) => lo <= hi, 'a range must be [low, high]'));

export const anchorSchema = z.union([
  landmarkIdSchema,
  z.strictObject({
    between: z.tuple([landmarkIdSchema, landmarkIdSchema]),
    fraction: z.number(),
  }),
  z.strictObject({
    onLine: z.tuple([landmarkIdSchema, landmarkIdSchema]),
    levelOf: z.union([landmarkIdSchema, z.tuple([landmarkIdSchema, landmarkIdSchema])]),
    levelOffsetMm: z.optional(z.number()),
  }),
]);

const anatomicalSchema = z.array(z.enum(ANATOMICAL_DIRECTIONS)).check(z.minLength(1));

export const directionSchema = z.union([
  z.strictObject({ anatomical: anatomicalSchema }),
  z.strictObject({ toward: anchorSchema }),
]);

const base = {
  readingNote: z.string().check(z.minLength(40)),
  regionHalfWidthMm: z.optional(z.number().check(z.positive())),
};

export const landmarkRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('at'), anchor: anchorSchema, ...base }),
  z.strictObject({
    kind: z.literal('line-fraction'),
    from: anchorSchema,
    to: anchorSchema,
    fraction: z.number(),
    fractionRange: z.optional(rangeSchema),
    perpendicular: z.optional(
      z.union([
        z.strictObject({
          toward: anchorSchema,
          fraction: z.number(),
          fractionRange: z.optional(rangeSchema),
          axis: z.string().check(z.minLength(10)),
        }),
        z.strictObject({
          direction: anatomicalSchema,
          offsetMm: z.number(),
          offsetRangeMm: z.optional(rangeSchema),
        }),
      ]),
    ),
    ...base,
  }),
  z.strictObject({
    kind: z.literal('offset'),
    from: anchorSchema,
    direction: directionSchema,
    offsetMm: z.number(),
    offsetRangeMm: z.optional(rangeSchema),
    ...base,
  }),
  z.strictObject({
    kind: z.literal('quad'),
    corners: z.strictObject({
      u0v0: anchorSchema,
      u1v0: anchorSchema,
      u0v1: anchorSchema,
      u1v1: anchorSchema,
    }),
    uAxis: z.string().check(z.minLength(10)),
    vAxis: z.string().check(z.minLength(10)),
    u: z.number(),
    v: z.number(),
    uRange: z.optional(rangeSchema),
    vRange: z.optional(rangeSchema),
    ...base,
  }),
]);

export { rangeSchema };
