import { type ComponentProps, type ComponentType, type LazyExoticComponent, lazy } from 'react';

/** Every lazily loaded part whose download failed, to be tried again on request. */
const failed = new Set<() => void>();

/**
 * `React.lazy` remembers a failed download for ever; this one can be asked to forget it
 * (`retryFailedParts`), so the part's error boundary can offer a working "Try again".
 */
// biome-ignore lint/suspicious/noExplicitAny: the same constraint as React.lazy's.
function retryableLazy<T extends ComponentType<any>>(load: () => Promise<{ default: T }>): T {
  let current: LazyExoticComponent<T>;
  const reset = () => {
    current = lazy(() =>
      load().catch((error: unknown): never => {
        failed.add(reset);
        throw error;
      }),
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
export const MotorPointPanel = retryableLazy(() =>
  import('../ui/MotorPointPanel').then((m) => ({ default: m.MotorPointPanel })),
);
export const MechanicsPanel = retryableLazy(() =>
  import('../ui/MechanicsPanel').then((m) => ({ default: m.MechanicsPanel })),
);
export const SessionPlanPanel = retryableLazy(() =>
  import('../ui/SessionPlanPanel').then((m) => ({ default: m.SessionPlanPanel })),
);
export const QuizPanel = retryableLazy(() =>
  import('../ui/QuizPanel').then((m) => ({ default: m.QuizPanel })),
);
export const MotorPointCard = retryableLazy(() =>
  import('../ui/MotorPointCard').then((m) => ({ default: m.MotorPointCard })),
);
export const AcupunctureCard = retryableLazy(() =>
  import('../ui/AcupunctureCard').then((m) => ({ default: m.AcupunctureCard })),
);
export const StructureCardWithExtras = retryableLazy(() =>
  Promise.all([import('../ui/StructureCard'), import('../ui/StructureExtras')]).then(
    ([card, extras]) => ({
      default: function StructureCardWithExtras() {
        return <card.StructureCard extra={extras.structureExtras} />;
      },
    }),
  ),
);
export const StoryPlayer = retryableLazy(() =>
  import('../ui/StoryPlayer').then((m) => ({ default: m.StoryPlayer })),
);
export const Viewer3D = retryableLazy(() => import('../scene/Viewer3D'));
