import { CAMERA_PRESET_IDS, isCameraPresetId } from '../camera';
import { findMechanicsPreset, MECHANICS_PRESETS, type MechanicsPresetId } from '../mechanics';
import { learning } from '../messages/en/learning';
import type { CameraView, PointKey, Vec3Tuple } from '../view-state';
import {
  STORY_AUDIENCES,
  STORY_ID_PATTERN,
  STORY_LIMITS,
  type Story,
  type StoryAudience,
  type StoryHighlight,
  type StoryStep,
} from './story';
import { parseHighlight, parsePointKey } from './story-highlights';
import { storyViewQuery } from './story-view';

/**
 * A problem in a story. `step` is 1-based (as people count), null for the story's own fields;
 * `field` is the field's name (`camera`, `view.peel`, `highlights[2]`); `message` is the whole
 * sentence, e.g. `story: step 3 ("Where the pelvis drops"), field "camera": "sideways" is not a
 * camera preset; use one of anterior, posterior, …`.
 */
export interface StoryError {
  readonly step: number | null;
  readonly field: string;
  readonly message: string;
}

export type ParseStoryResult =
  | { readonly ok: true; readonly story: Story }
  | { readonly ok: false; readonly errors: readonly StoryError[] };

const STORY_FIELDS = ['id', 'title', 'summary', 'audience', 'steps'] as const;
const STORY_STEP_FIELDS = [
  'id',
  'title',
  'text',
  'view',
  'camera',
  'highlights',
  'mechanicsPreset',
  'point',
] as const;

const PRESET_IDS = MECHANICS_PRESETS.map((p) => p.id);

type Record_ = { readonly [key: string]: unknown };

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Record_, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Collects problems, stops listing after `STORY_LIMITS.maxErrors`. */
class Problems {
  readonly errors: StoryError[] = [];
  full = false;

  add(step: number | null, stepTitle: string | null, field: string, problem: string): void {
    if (this.errors.length >= STORY_LIMITS.maxErrors) {
      this.full = true;
      return;
    }
    const place = learning.storyErrors.place(step, stepTitle, field);
    this.errors.push({ step, field, message: `${place}: ${problem}` });
  }
}

interface TextRule {
  readonly maxChars: number;
  readonly required: boolean;
}

function readText(
  value: unknown,
  rule: TextRule,
  report: (problem: string) => void,
): string | undefined {
  const t = learning.storyErrors;
  if (value === undefined) {
    if (rule.required) report(t.missing);
    return undefined;
  }
  if (typeof value !== 'string') {
    report(t.notText);
    return undefined;
  }
  const text = value.trim();
  if (rule.required && text.length === 0) {
    report(t.empty);
    return undefined;
  }
  if (text.length > rule.maxChars) {
    report(t.tooLong(text.length, rule.maxChars));
    return undefined;
  }
  return text;
}

function readId(value: unknown, report: (problem: string) => void): string | undefined {
  const t = learning.storyErrors;
  if (value === undefined) {
    report(t.missing);
    return undefined;
  }
  if (typeof value !== 'string' || !STORY_ID_PATTERN.test(value)) {
    report(t.badId(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))));
    return undefined;
  }
  return value;
}

function isVec3(value: unknown): value is Vec3Tuple {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    value.every(
      (n) =>
        typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= STORY_LIMITS.cameraLimitM,
    )
  );
}

function readCamera(value: unknown, report: (problem: string) => void): CameraView | undefined {
  const t = learning.storyErrors;
  if (typeof value === 'string') {
    if (isCameraPresetId(value)) return { kind: 'preset', preset: value };
    report(t.badCameraPreset(value, CAMERA_PRESET_IDS));
    return undefined;
  }
  if (isRecord(value)) {
    const kind = own(value, 'kind');
    if (kind === 'preset') return readCamera(own(value, 'preset'), report);
    const position = own(value, 'position');
    const target = own(value, 'target');
    if (
      (kind === undefined || kind === 'custom') &&
      isVec3(position) &&
      isVec3(target) &&
      position.some((p, i) => p !== target[i])
    ) {
      return { kind: 'custom', position: [...position], target: [...target] };
    }
  }
  report(t.badCameraCustom(STORY_LIMITS.cameraLimitM));
  return undefined;
}

function readHighlights(
  value: unknown,
  report: (field: string, problem: string) => void,
): StoryHighlight[] | undefined {
  const t = learning.storyErrors;
  if (!Array.isArray(value)) {
    report('highlights', t.notList);
    return undefined;
  }
  if (value.length > STORY_LIMITS.maxHighlights) {
    report('highlights', t.tooManyItems(value.length, STORY_LIMITS.maxHighlights));
    return undefined;
  }
  const found: StoryHighlight[] = [];
  value.forEach((item, i) => {
    const parsed = typeof item === 'string' ? parseHighlight(item) : null;
    if (parsed) found.push(...parsed);
    else report(`highlights[${i}]`, t.badHighlight(typeof item === 'string' ? item : String(item)));
  });
  return [...new Set(found)];
}

function readStep(
  value: unknown,
  index: number,
  seenIds: Set<string>,
  problems: Problems,
): StoryStep | undefined {
  const t = learning.storyErrors;
  const n = index + 1;
  if (!isRecord(value)) {
    problems.add(n, null, 'steps', t.notStepObject);
    return undefined;
  }
  const rawTitle = own(value, 'title');
  const label = typeof rawTitle === 'string' ? rawTitle.trim() : null;
  const report = (field: string) => (problem: string) => problems.add(n, label, field, problem);
  const before = problems.errors.length;

  for (const key of Object.keys(value)) {
    if (!(STORY_STEP_FIELDS as readonly string[]).includes(key)) {
      report(key)(t.unknownField(STORY_STEP_FIELDS));
    }
  }
  const id = readId(own(value, 'id'), report('id'));
  if (id !== undefined) {
    if (seenIds.has(id)) report('id')(t.duplicateStepId(id));
    seenIds.add(id);
  }
  const title = readText(
    rawTitle,
    { maxChars: STORY_LIMITS.maxTitleChars, required: true },
    report('title'),
  );
  const text = readText(
    own(value, 'text'),
    { maxChars: STORY_LIMITS.maxTextChars, required: true },
    report('text'),
  );

  let view: string | undefined;
  const rawView = own(value, 'view');
  if (rawView !== undefined) {
    const result = storyViewQuery(rawView);
    if (result.ok) view = result.query || undefined;
    else for (const p of result.problems) problems.add(n, label, p.field, p.problem);
  }

  const rawCamera = own(value, 'camera');
  const camera = rawCamera === undefined ? undefined : readCamera(rawCamera, report('camera'));

  const rawHighlights = own(value, 'highlights');
  const highlights =
    rawHighlights === undefined
      ? undefined
      : readHighlights(rawHighlights, (field, problem) => report(field)(problem));

  let mechanicsPreset: MechanicsPresetId | undefined;
  const rawPreset = own(value, 'mechanicsPreset');
  if (rawPreset !== undefined) {
    const preset = typeof rawPreset === 'string' ? findMechanicsPreset(rawPreset) : undefined;
    if (preset) mechanicsPreset = preset.id;
    else report('mechanicsPreset')(t.badPreset(String(rawPreset), PRESET_IDS));
  }

  let point: PointKey | undefined;
  const rawPoint = own(value, 'point');
  if (rawPoint !== undefined) {
    const key = typeof rawPoint === 'string' ? parsePointKey(rawPoint) : null;
    if (key) point = key;
    else report('point')(t.badPoint(String(rawPoint)));
  }

  if (problems.errors.length > before || problems.full) return undefined;
  if (id === undefined || title === undefined || text === undefined) return undefined;
  return {
    id,
    title,
    text,
    ...(view !== undefined ? { view } : {}),
    ...(camera !== undefined ? { camera } : {}),
    ...(highlights !== undefined && highlights.length > 0 ? { highlights } : {}),
    ...(mechanicsPreset !== undefined ? { mechanicsPreset } : {}),
    ...(point !== undefined ? { point } : {}),
  };
}

/**
 * Validate a story (parsed JSON from a site, a URL parameter or an embed command) and return it
 * normalised, or every problem found (up to `STORY_LIMITS.maxErrors`), each naming the step and
 * field. Never throws; reads only the fields it knows (own properties), so a hostile object
 * cannot inject anything. `summary` defaults to "" and `audience` to `general`.
 */
export function parseStory(json: unknown): ParseStoryResult {
  const t = learning.storyErrors;
  const problems = new Problems();
  if (!isRecord(json)) {
    return { ok: false, errors: [{ step: null, field: '', message: t.notAnObject }] };
  }
  const report = (field: string) => (problem: string) => problems.add(null, null, field, problem);

  for (const key of Object.keys(json)) {
    if (!(STORY_FIELDS as readonly string[]).includes(key))
      report(key)(t.unknownField(STORY_FIELDS));
  }
  const id = readId(own(json, 'id'), report('id'));
  const title = readText(
    own(json, 'title'),
    { maxChars: STORY_LIMITS.maxTitleChars, required: true },
    report('title'),
  );
  const summary = readText(
    own(json, 'summary'),
    { maxChars: STORY_LIMITS.maxSummaryChars, required: false },
    report('summary'),
  );
  let audience: StoryAudience = 'general';
  const rawAudience = own(json, 'audience');
  if (rawAudience !== undefined) {
    if ((STORY_AUDIENCES as readonly unknown[]).includes(rawAudience)) {
      audience = rawAudience as StoryAudience;
    } else {
      report('audience')(t.badAudience(String(rawAudience), STORY_AUDIENCES));
    }
  }

  const rawSteps = own(json, 'steps');
  const steps: StoryStep[] = [];
  if (rawSteps === undefined) report('steps')(t.missing);
  else if (!Array.isArray(rawSteps)) report('steps')(t.notList);
  else if (rawSteps.length === 0) report('steps')(t.noSteps);
  else if (rawSteps.length > STORY_LIMITS.maxSteps) {
    report('steps')(t.tooManySteps(rawSteps.length, STORY_LIMITS.maxSteps));
  } else {
    const seen = new Set<string>();
    for (let i = 0; i < rawSteps.length && !problems.full; i++) {
      const step = readStep(rawSteps[i], i, seen, problems);
      if (step) steps.push(step);
    }
  }

  if (problems.errors.length > 0 || id === undefined || title === undefined) {
    const errors = [...problems.errors];
    if (problems.full) {
      errors.push({ step: null, field: '', message: t.tooManyErrors(STORY_LIMITS.maxErrors) });
    }
    return { ok: false, errors };
  }
  return { ok: true, story: { id, title, summary: summary ?? '', audience, steps } };
}

/** All of a failed parse's messages, one per line (for a console or an error panel). */
export function formatStoryErrors(errors: readonly StoryError[]): string {
  return errors.map((e) => e.message).join('\n');
}
