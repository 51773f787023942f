// @vitest-environment jsdom

import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Suspense, use } from 'react';
import { describe, expect, it } from 'vitest';
import { readableWhenSettled } from '../../src/state';

function Fallback({ onRender }: { onRender: () => void }) {
  onRender();
  return null;
}

function Reader({ promise }: { promise: Promise<string> }) {
  return <group name={use(promise)} />;
}

/** Renders what `use` reads from the promise, counting how often the fallback rendered. */
async function fallbacksWhileReading(promise: Promise<string>, settleMs = 0) {
  let fallbacks = 0;
  const renderer = await ReactThreeTestRenderer.create(
    <Suspense fallback={<Fallback onRender={() => (fallbacks += 1)} />}>
      <Reader promise={promise} />
    </Suspense>,
  );
  // React reveals content that suspended at most every 300 ms (its fallback throttle).
  if (settleMs > 0) {
    await ReactThreeTestRenderer.act(() => new Promise((done) => setTimeout(done, settleMs)));
  }
  const names = renderer.scene.children.map((child) => child.props.name);
  await renderer.unmount();
  return { fallbacks, names };
}

describe('a promise React reads once it has settled (the prefetched model)', () => {
  it('is read in the first render, without a Suspense fallback', async () => {
    const promise = readableWhenSettled(Promise.resolve('hip model'));
    await promise;
    expect(await fallbacksWhileReading(promise)).toEqual({ fallbacks: 0, names: ['hip model'] });
  });

  it('a plain settled promise shows the fallback first (what the marking avoids)', async () => {
    const promise = Promise.resolve('hip model');
    await promise;
    const { fallbacks } = await fallbacksWhileReading(promise);
    expect(fallbacks).toBeGreaterThan(0);
  });

  it('leaves a pending promise to suspend as usual, then reads its value', async () => {
    let resolve!: (value: string) => void;
    const promise = readableWhenSettled(new Promise<string>((r) => (resolve = r)));
    setTimeout(() => resolve('complete model'), 10);
    expect(await fallbacksWhileReading(promise, 400)).toEqual({
      fallbacks: 1,
      names: ['complete model'],
    });
  });
});
