import type { BilateralSide } from '../anatomy';
import { clinician } from '../messages/en/clinician';
import { motorPoints } from '../messages/en/motor-points';
import type { AcupuncturePoint } from './acupuncture-point';
import { acupunctureText } from './acupuncture-text';
import { CUN_SCALES } from './cun-scale';
import { ACUPUNCTURE_CAVEATS, ACUPUNCTURE_GENERAL_SAFETY } from './data/general-notes';
import { ACUPUNCTURE_SOURCES, type AcupunctureSourceId } from './data/sources';

/**
 * A source as the card lists it: the citation, its best link for this point, what it is.
 * @internal
 */
export interface AcupunctureSourceLink {
  readonly title: string;
  readonly url: string | null;
  readonly detail: string;
}

/** Everything the acupuncture point card shows, in order; the UI only lays it out. */
export interface AcupunctureCardContent {
  readonly title: string;
  readonly chineseName: string;
  readonly englishNames: string;
  readonly meridian: string;
  /** "Location (WHO 2008 …)" or "Location (not in WHO 2008)". */
  readonly ruleHeading: string;
  readonly ruleText: string;
  readonly whoNotes: string | null;
  readonly verification: string;
  readonly readingNote: string;
  /** Why the model's place is approximate (null when it is not). */
  readonly approximate: string | null;
  /** Shown when the cun scale the point uses is an app estimate on this model (why). */
  readonly cunHeuristic: string | null;
  readonly depth: string;
  /** The point's own safety notes, then the group notes that name it. */
  readonly safety: readonly string[];
  readonly dryNeedling: string;
  readonly caveats: readonly string[];
  readonly sources: readonly AcupunctureSourceLink[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The group safety notes that name this point's code (e.g. "Buttock points (GB30, BL36, BL54)").
 * @internal
 */
export function groupSafetyFor(code: string): string[] {
  const named = new RegExp(`(^|[^A-Za-z0-9-])${escapeRegExp(code)}($|[^A-Za-z0-9-])`);
  return ACUPUNCTURE_GENERAL_SAFETY.filter((line) => named.test(line));
}

/**
 * The point's sources (location and depth), each once, linked to its page for this point.
 * @internal
 */
export function acupunctureSourceLinks(point: AcupuncturePoint): AcupunctureSourceLink[] {
  const ids = [...new Set<AcupunctureSourceId>([...point.sourceIds, ...point.depth.sourceIds])];
  return ids.map((id) => {
    const source = ACUPUNCTURE_SOURCES[id] as {
      citation: string;
      url: string | null;
      kind: string;
      pages?: Readonly<Record<string, string>>;
    };
    return {
      // Citations stay as published; only what kind of source it is is translated.
      title: source.citation,
      url: source.pages?.[point.code] ?? source.url,
      detail: acupunctureText(source.kind),
    };
  });
}

/** The cun scale the placement measures this point on (see placeAcupuncturePoint). */
function scaleOf(point: AcupuncturePoint) {
  return CUN_SCALES[point.rule.kind === 'offset-cun' ? point.rule.cunScale : 'thigh-lateral'];
}

function ruleTextOf(point: AcupuncturePoint): string {
  const who = point.who2008;
  return (who.covered && who.locationRule ? who.locationRule : point.locationRuleUsed) ?? '';
}

/**
 * Every English data text the card of a point can show (any side, clinician view), so a test can
 * check each has a translation. Source titles are not included: they stay as published.
 * @internal
 */
export function acupunctureCardTexts(point: AcupuncturePoint): string[] {
  const scale = scaleOf(point);
  return [
    ...point.englishNames,
    point.meridian,
    ruleTextOf(point),
    point.who2008.notes ?? '',
    point.rule.readingNote,
    point.approximate ? (point.approximateNote ?? '') : '',
    scale.heuristic ? scale.note : '',
    point.depth.text,
    ...point.safety,
    ...groupSafetyFor(point.code),
    point.dryNeedlingOverlap,
    ...ACUPUNCTURE_CAVEATS,
    ...acupunctureSourceLinks(point).map((link) => link.detail),
  ].filter((text) => text.length > 0);
}

/** The card of one acupuncture point on one side, in the active language. */
export function acupunctureCardContent(
  point: AcupuncturePoint,
  side: BilateralSide,
): AcupunctureCardContent {
  const c = clinician.acupunctureCard;
  const a = motorPoints.acupuncture;
  const who = point.who2008;
  const scale = scaleOf(point);
  const t = acupunctureText;
  return {
    title: c.title(point.code, point.pinyin, side),
    chineseName: c.chineseName(point.chineseSimplified, point.chineseTraditional),
    englishNames: c.englishNames(point.englishNames.map(t)),
    meridian: t(point.meridian),
    ruleHeading: who.covered ? c.whoRule : c.otherRule,
    ruleText: t(ruleTextOf(point)),
    whoNotes: who.notes === null ? null : t(who.notes),
    verification: a.whoVerification[who.verification],
    readingNote: t(point.rule.readingNote),
    approximate: point.approximate
      ? point.approximateNote
        ? t(point.approximateNote)
        : a.approximateExplanation
      : null,
    cunHeuristic: scale.heuristic ? t(scale.note) : null,
    depth: t(point.depth.text),
    safety: [...point.safety, ...groupSafetyFor(point.code)].map(t),
    dryNeedling: t(point.dryNeedlingOverlap),
    caveats: ACUPUNCTURE_CAVEATS.map(t),
    sources: acupunctureSourceLinks(point),
  };
}
