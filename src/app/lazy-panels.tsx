import {
  type ComponentProps,
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  useEffect,
  useState,
} from 'react';

/** Every lazily loaded part whose download failed, to be tried again on request. */
const failed = new Set<() => void>();

/** The chunk address in a failed dynamic import's message ("Failed to fetch … <url>"). */
function failedChunkUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  return /https?:\/\/\S+?\.js\b/.exec(message)?.[0] ?? null;
}

/**
 * A module loader that, after a failure, asks for the same file under a fresh query: the
 * browser remembers a failed module address and would fail again without asking the server.
 */
function freshOnRetry<M>(load: () => Promise<M>): () => Promise<M> {
  let failedUrl: string | null = null;
  return () =>
    (failedUrl
      ? (import(/* @vite-ignore */ `${failedUrl}?retry=${Date.now()}`) as Promise<M>)
      : load()
    ).catch((error: unknown): never => {
      failedUrl = failedChunkUrl(error) ?? failedUrl;
      throw error;
    });
}

/**
 * `React.lazy` remembers a failed download for ever; this one can be asked to forget it
 * (`retryFailedParts`), so the part's error boundary can offer a working "Try again".
 */
// biome-ignore lint/suspicious/noExplicitAny: the same constraint as React.lazy's.
function retryableLazy<M, T extends ComponentType<any>>(
  load: () => Promise<M>,
  pick: (module: M) => T,
): T {
  let current: LazyExoticComponent<T>;
  const reset = () => {
    current = lazy(() =>
      load().then(
        (module) => ({ default: pick(module) }),
        (error: unknown): never => {
          failed.add(reset);
          throw error;
        },
      ),
    );
  };
  reset();
  // biome-ignore lint/correctness/noComponentHookFactories: made once per part at module scope, like React.lazy.
  function RetryablePart(props: ComponentProps<T>) {
    const Part = current as ComponentType<ComponentProps<T>>;
    return <Part {...props} />;
  }
  return RetryablePart as unknown as T;
}

/** Forget every failed download: the next render fetches those parts again. */
export function retryFailedParts(): void {
  for (const reset of [...failed]) {
    failed.delete(reset);
    reset();
  }
}

/**
 * Panels and cards that need the large data sets (anatomy text, motor point records,
 * mechanics, stories, acupuncture, session plans) load when first shown, so the first paint
 * only waits for the shell. Each is shown inside a `PartLoadBoundary` (see App).
 */
export const MotorPointPanel = retryableLazy(
  freshOnRetry(() => import('../ui/MotorPointPanel')),
  (m) => m.MotorPointPanel,
);
export const MechanicsPanel = retryableLazy(
  freshOnRetry(() => import('../ui/MechanicsPanel')),
  (m) => m.MechanicsPanel,
);
export const SessionPlanPanel = retryableLazy(
  freshOnRetry(() => import('../ui/SessionPlanPanel')),
  (m) => m.SessionPlanPanel,
);
export const QuizPanel = retryableLazy(
  freshOnRetry(() => import('../ui/QuizPanel')),
  (m) => m.QuizPanel,
);
export const MotorPointCard = retryableLazy(
  freshOnRetry(() => import('../ui/MotorPointCard')),
  (m) => m.MotorPointCard,
);
export const AcupunctureCard = retryableLazy(
  freshOnRetry(() => import('../ui/AcupunctureCard')),
  (m) => m.AcupunctureCard,
);
const loadStructureCard = freshOnRetry(() => import('../ui/StructureCard'));
const loadStructureExtras = freshOnRetry(() => import('../ui/StructureExtras'));
export const StructureCardWithExtras = retryableLazy(
  () => Promise.all([loadStructureCard(), loadStructureExtras()]),
  ([card, extras]) =>
    // biome-ignore lint/correctness/noComponentHookFactories: made once, when both chunks load.
    function StructureCardWithExtras() {
      return <card.StructureCard extra={extras.structureExtras} />;
    },
);
export const StoryPlayer = retryableLazy(
  freshOnRetry(() => import('../ui/StoryPlayer')),
  (m) => m.StoryPlayer,
);

type Viewer3DModule = typeof import('../scene/Viewer3D');
const loadViewer3D = freshOnRetry(() => import('../scene/Viewer3D'));
/** The 3D view's module once it has loaded: later mounts show the view at once. */
let viewer3dModule: Viewer3DModule | null = null;

/**
 * The 3D view, rendered once its chunk has loaded. Not `React.lazy`: React shows a lazy part
 * that resolves after a fallback as a "retry", and holds such a reveal until 300 ms after the
 * last fallback appeared, so it does not pop in while other parts are still arriving. The 3D
 * view is what the page is waiting for, and the hold kept the canvas, and so the model's first
 * frame, about 150 ms later on a 2-core machine. Here the module's arrival is an ordinary state
 * update. A failed download is thrown to the view's error boundary, whose "Try again" mounts
 * this again and so loads it again (under a fresh address, see `freshOnRetry`).
 */
export function Viewer3D(props: ComponentProps<Viewer3DModule['default']>) {
  const [loaded, setLoaded] = useState(viewer3dModule);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (loaded) return;
    let mounted = true;
    loadViewer3D().then(
      (module) => {
        viewer3dModule = module;
        if (mounted) setLoaded(module);
      },
      (error: unknown) => {
        if (mounted) setFailure({ error });
      },
    );
    return () => {
      mounted = false;
    };
  }, [loaded]);
  if (failure) throw failure.error;
  return loaded ? <loaded.default {...props} /> : null;
}
export const AssessmentPanel = lazy(() =>
  import('../ui/AssessmentPanel').then((m) => ({ default: m.AssessmentPanel })),
);
export const ExercisePanel = lazy(() =>
  import('../ui/ExercisePanel').then((m) => ({ default: m.ExercisePanel })),
);
/** Beside the 3D view while an exercise is shown on the model; loaded on first use. */
export const ExerciseModelLegend = lazy(() =>
  import('../ui/ExerciseModelLegend').then((m) => ({ default: m.ExerciseModelLegend })),
);
export const PatientPlanPage = lazy(() =>
  import('../ui/PatientPlanPage').then((m) => ({ default: m.PatientPlanPage })),
);
const PlanStorageProvider = lazy(() =>
  import('../ui/session-plan/plan-storage-context').then((m) => ({
    default: m.PlanStorageProvider,
  })),
);

/**
 * The session plan's storage around the panels where the plan can be edited (`enabled`), loaded
 * after the first paint: it reads this browser's saved plan and checks it against the motor
 * point, exercise and reference data. Nothing (and nothing loaded) otherwise, as on the embed route.
 */
export function PlanStorageGate({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  return enabled ? <PlanStorageProvider>{children}</PlanStorageProvider> : children;
}
