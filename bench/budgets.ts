/**
 * Every performance budget of the project, in one place: what is measured, its limit and
 * unit, and which requirement it comes from. `npm run bench` measures each one and exits
 * non-zero when one is broken. Figures without a limit are printed for information only.
 */
export type BudgetId =
  | 'shellJsGzipKb'
  | 'viewer3dJsGzipKb'
  | 'beforeIntentGzipKb'
  | 'modelKb'
  | 'trianglesEverything'
  | 'drawCallsEverything'
  | 'drawCallsDefaultView'
  | 'idleFrames'
  | 'simulateMedianUs'
  | 'evalInBundle'
  | 'lighthouseAppPerformance'
  | 'lighthouseAppAccessibility'
  | 'lighthouseAppBestPractices'
  | 'lighthouseEmbedPerformance'
  | 'lighthouseEmbedAccessibility'
  | 'lighthouseEmbedBestPractices';

export interface Budget {
  id: BudgetId;
  /** What is measured, as printed in the table. */
  label: string;
  /** `max`: the value must not exceed the limit; `min`: it must reach it. */
  kind: 'max' | 'min';
  limit: number;
  unit: string;
  /** Where the budget comes from. */
  source: string;
}

export const BUDGETS: readonly Budget[] = [
  {
    id: 'viewer3dJsGzipKb',
    label: '3D view chunk (three, r3f, drei, scene), gzip',
    kind: 'max',
    limit: 330,
    unit: 'KB',
    source: 'issue "3D view": the 3D chunk stays within 330 KB gzip of JavaScript',
  },
  {
    id: 'shellJsGzipKb',
    label: 'app shell JavaScript (entry and its static imports), gzip',
    kind: 'max',
    limit: 90,
    unit: 'KB',
    source:
      'issue 18 item 1: the shell holds only what the first paint needs (React and the page frame); data records and catalogues load after it (about 260 KB before, 82 KB after)',
  },
  {
    id: 'beforeIntentGzipKb',
    label: 'embed before intent (element script and its imports + poster), gzip',
    kind: 'max',
    limit: 60,
    unit: 'KB',
    source: 'issue "Embed": a page that embeds the viewer downloads at most 60 KB before intent',
  },
  {
    id: 'modelKb',
    label: 'model (public/models/hip.glb)',
    kind: 'max',
    limit: 800,
    unit: 'KB',
    source: 'issue "Hip model": the glb is at most 800 KB',
  },
  {
    id: 'trianglesEverything',
    label: 'triangles with every layer on (skin, markers, acupuncture)',
    kind: 'max',
    limit: 150_000,
    unit: 'triangles',
    source: 'issue "Hip model": at most 150,000 triangles with every layer on',
  },
  {
    id: 'drawCallsDefaultView',
    label: 'draw calls in the default view',
    kind: 'max',
    limit: 40,
    unit: 'calls',
    source:
      'issue 12 "Anatomy at full volume" item 6 and issue 18 item 4: default view at most 40 draw calls (47-52 before structures sharing a material were drawn in batches, 13 after)',
  },
  {
    id: 'drawCallsEverything',
    label: 'draw calls with everything visible',
    kind: 'max',
    limit: 60,
    unit: 'calls',
    source:
      'issue "3D view" and issue 18 item 4: at most 60 draw calls with everything visible, the context layer and vessels and organs included (107 before batching, 39-47 after, by camera side)',
  },
  {
    id: 'idleFrames',
    label: 'frames rendered during 3 idle seconds',
    kind: 'max',
    limit: 0,
    unit: 'frames',
    source: 'DESIGN.md: frameloop="demand"; an idle viewer renders zero frames',
  },
  {
    id: 'simulateMedianUs',
    label: 'simulate() per call, median of >= 10,000 calls',
    kind: 'max',
    limit: 20,
    unit: 'µs',
    source: 'issue "Mechanics": simulate() median at most 20 µs',
  },
  {
    id: 'evalInBundle',
    label: 'eval / new Function in the built JavaScript',
    kind: 'max',
    limit: 0,
    unit: 'uses',
    source:
      'issue "Fast, robust, offline": the app runs under script-src \'self\' (no unsafe-eval)',
  },
  ...(['App', 'Embed'] as const).flatMap((page): Budget[] => {
    const where = page === 'App' ? 'the built app (/)' : 'the embed poster page';
    return [
      {
        id: `lighthouse${page}Performance`,
        label: `Lighthouse performance (mobile), ${where}`,
        kind: 'min',
        limit: page === 'App' ? 98 : 100,
        unit: 'score',
        source: `issue 18 item 1: Lighthouse mobile performance at least ${page === 'App' ? '98 for the app' : '100 for the embed page'}, the median of 3 runs (so a busy machine does not decide it); was 95 from issue "Fast, robust, offline"`,
      },
      {
        id: `lighthouse${page}Accessibility`,
        label: `Lighthouse accessibility, ${where}`,
        kind: 'min',
        limit: 100,
        unit: 'score',
        source: 'issue "Fast, robust, offline"',
      },
      {
        id: `lighthouse${page}BestPractices`,
        label: `Lighthouse best practices, ${where}`,
        kind: 'min',
        limit: 95,
        unit: 'score',
        source: 'issue "Fast, robust, offline"',
      },
    ];
  }),
];

/** True when the value keeps the budget. */
export function withinBudget(budget: Budget, value: number): boolean {
  return budget.kind === 'max' ? value <= budget.limit : value >= budget.limit;
}
