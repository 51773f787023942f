import { z } from 'zod/mini';
import {
  CUN_SCALE_IDS,
  WHO_VERIFICATIONS,
} from '../../../src/domain/acupuncture/acupuncture-point';
import {
  ACUPUNCTURE_SOURCES,
  type AcupunctureSourceId,
} from '../../../src/domain/acupuncture/data/sources';
import { MUSCLE_IDS, NERVE_IDS } from '../../../src/domain/anatomy';
import { anchorSchema, directionSchema, landmarkRuleSchema } from './landmark-rule.schema';

const text = z.string().check(z.minLength(1));
const sourceId = z.enum(Object.keys(ACUPUNCTURE_SOURCES) as [AcupunctureSourceId]);

const cunOffsetRuleSchema = z.strictObject({
  kind: z.literal('offset-cun'),
  from: anchorSchema,
  direction: directionSchema,
  cun: z.number().check(z.positive()),
  cunScale: z.enum(CUN_SCALE_IDS),
  uncertaintyCun: z.optional(z.number().check(z.nonnegative())),
  readingNote: z.string().check(z.minLength(40)),
});

const acupunctureRuleSchema = z.union([landmarkRuleSchema, cunOffsetRuleSchema]).check(
  z.refine((r) => r.kind === 'at' || r.kind === 'line-fraction' || r.kind === 'offset-cun', {
    message: 'acupuncture rules are at, line-fraction or offset-cun',
  }),
);

/** Runtime schema of an acupuncture point record (validates the data in tests). */
export const acupuncturePointSchema = z.strictObject({
  code: z.string().check(z.regex(/^(GB|BL|ST|SP|EX-B)\d+$/)),
  altCodes: z.array(text),
  pinyin: text,
  pinyinPlain: text,
  chineseSimplified: text,
  chineseTraditional: text,
  englishNames: z.array(text).check(z.minLength(1)),
  meridian: text,
  meridianCode: text,
  region: text,
  who2008: z.strictObject({
    covered: z.boolean(),
    locationRule: z.nullable(text),
    notes: z.nullable(text),
    verification: z.enum(WHO_VERIFICATIONS),
    verificationNote: text,
  }),
  locationRuleUsed: z.optional(text),
  rule: acupunctureRuleSchema,
  approximate: z.boolean(),
  approximateNote: z.optional(text),
  regionHalfWidthCun: z.number().check(z.positive()),
  alternatives: z.array(
    z.strictObject({
      label: text,
      ruleText: text,
      rule: acupunctureRuleSchema,
      status: text,
      sourceIds: z.array(sourceId).check(z.minLength(1)),
    }),
  ),
  chineseTradition: z.strictObject({
    location: text,
    differsFromWho: z.enum(['no', 'minor', 'yes', 'possibly', 'not-applicable']),
    difference: z.nullable(text),
  }),
  japan: z.optional(z.strictObject({ location: text, differsFromWho: z.enum(['no', 'possibly']) })),
  anatomyLayers: z.array(text).check(z.minLength(1)),
  nearby: z.array(text),
  relatedMuscles: z.array(z.enum(MUSCLE_IDS)),
  relatedNerves: z.array(z.enum(NERVE_IDS)),
  depth: z.strictObject({ text, sourceIds: z.array(sourceId).check(z.minLength(1)) }),
  safety: z.array(text).check(z.minLength(1)),
  dryNeedlingOverlap: text,
  uncertain: z.array(text),
  sourceIds: z.array(sourceId).check(z.minLength(1)),
});
