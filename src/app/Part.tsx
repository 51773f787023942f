import { type ReactNode, Suspense } from 'react';
import { PartLoadBoundary } from '../ui/PartLoadBoundary';
import { retryFailedParts } from './lazy-panels';

/** A lazily loaded part that failed to download shows its own message and retry. */
export function Part({ children }: { children: ReactNode }) {
  return (
    <PartLoadBoundary onRetry={retryFailedParts}>
      <Suspense fallback={null}>{children}</Suspense>
    </PartLoadBoundary>
  );
}
