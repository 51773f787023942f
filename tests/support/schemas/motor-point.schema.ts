import { z } from 'zod/mini';
import { MUSCLE_IDS, NERVE_IDS } from '../../../src/domain/anatomy';
import {
  CONFIDENCES,
  EVIDENCE_KINDS,
  FIGURE_STATUSES,
  FINER_TYPES,
  NERVE_ROOTS,
  POINT_TYPES,
} from '../../../src/domain/motor-points/motor-point';
import { landmarkRuleSchema, rangeSchema } from './landmark-rule.schema';

const text = z.string().check(z.minLength(1));

/** Runtime schema of a motor point record (validates the data in tests). */
export const motorPointRecordSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  muscle: z.enum(MUSCLE_IDS),
  pointType: z.enum(POINT_TYPES),
  finerType: z.enum(Object.keys(FINER_TYPES) as [keyof typeof FINER_TYPES]),
  rule: landmarkRuleSchema,
  sourceLocation: z.strictObject({
    method: z.enum(['description', 'line-fraction', 'offset-mm']),
    from: z.nullable(z.string()),
    to: z.nullable(z.string()),
    fraction: z.nullable(z.number()),
    fractionRange: z.optional(rangeSchema),
    offsetMm: z.nullable(z.number()),
    offsetRangeMm: z.optional(rangeSchema),
    direction: z.optional(text),
    secondaryAxis: z.optional(z.strictObject({ from: text, to: text, fractionRange: rangeSchema })),
    description: text,
  }),
  nerve: z.strictObject({ id: z.nullable(z.enum(NERVE_IDS)), name: text }),
  nerveRoots: z.array(z.enum(NERVE_ROOTS)).check(z.minLength(1)),
  depthNote: text,
  depthMm: z.optional(z.number().check(z.positive())),
  safety: z.array(text).check(z.minLength(1)),
  evidence: z
    .strictObject({
      kind: z.enum(EVIDENCE_KINDS),
      n: z.nullable(z.int().check(z.positive())),
      nNote: text,
      citation: z.string().check(z.minLength(20)),
      doi: z.optional(z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/))),
      url: z.optional(z.url({ protocol: /^https$/ })),
    })
    .check(z.refine((e) => Boolean(e.doi || e.url), 'evidence needs a DOI or a URL')),
  confidence: z.enum(CONFIDENCES),
  figureStatus: z.enum(FIGURE_STATUSES),
  notes: z.string(),
  axisUnverified: z.boolean(),
  placementConfidence: z.optional(z.enum(CONFIDENCES)),
  status: z.optional(z.literal('pending-reference-lines')),
});
