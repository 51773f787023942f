import { describe, expect, it } from 'vitest';
import { createViewerStore } from '../state';
import { coalesceKey, createCommandQueue, isReadOnlyCommand } from './command-queue';
import { parseCommandMessage, type ValidCommand } from './protocol';
import { runCommand } from './run-command';
import { viewerSnapshot } from './viewer-snapshot';

/** A checked command, as the bridge sees it. */
function cmd(command: string, args?: Record<string, unknown>): ValidCommand {
  const parsed = parseCommandMessage({
    type: 'hip-viewer:command',
    version: 1,
    id: 'x',
    command,
    ...(args ? { args } : {}),
  });
  if (parsed.kind !== 'command') throw new Error(`test: ${command} did not parse`);
  return parsed.command;
}

const LIMITS = { maxQueued: 5, maxQueuedScreenshots: 1 };

describe('coalesceKey', () => {
  it('gives simple overwrites a key and barriers none', () => {
    expect(coalesceKey(cmd('setCamera', { preset: 'anterior' }))).toBe('setCamera');
    expect(coalesceKey(cmd('select', { structure: 'gluteus-medius:left', frame: true }))).not.toBe(
      coalesceKey(cmd('select', { structure: 'gluteus-medius:left', frame: false })),
    );
    expect(coalesceKey(cmd('applyPreset', { preset: 'trendelenburg' }))).toBe('applyPreset');
    // A preset with a stance side writes what a preset on the current side reads.
    expect(coalesceKey(cmd('applyPreset', { preset: 'trendelenburg', stanceSide: 'left' }))).toBe(
      null,
    );
    expect(coalesceKey(cmd('setDysfunction', { reset: true }))).toBeNull();
    expect(coalesceKey(cmd('showOnly', { layers: ['deep'] }))).toBeNull();
    expect(coalesceKey(cmd('resetView'))).toBeNull();
    expect(coalesceKey(cmd('screenshot'))).toBeNull();
  });

  it('keys partial changes by the fields they write', () => {
    const weak = (w: number) =>
      cmd('setDysfunction', { muscles: { 'gluteus-medius': { weakness: w } } });
    expect(coalesceKey(weak(0.2))).toBe(coalesceKey(weak(0.6)));
    expect(
      coalesceKey(cmd('setDysfunction', { muscles: { 'gluteus-medius': { tightness: 0.2 } } })),
    ).not.toBe(coalesceKey(weak(0.2)));
    expect(coalesceKey(cmd('setLayers', { peel: 1 }))).toBe(
      coalesceKey(cmd('setLayers', { peel: 3 })),
    );
    expect(coalesceKey(cmd('setLayers', { peel: 1 }))).not.toBe(
      coalesceKey(cmd('setLayers', { layers: { deep: 'hidden' } })),
    );
  });

  it('treats only reads as read-only', () => {
    expect(isReadOnlyCommand(cmd('getState'))).toBe(true);
    expect(isReadOnlyCommand(cmd('getMotorPoints'))).toBe(true);
    expect(isReadOnlyCommand(cmd('setCamera', { preset: 'anterior' }))).toBe(false);
  });
});

describe('createCommandQueue', () => {
  it('lets a later command of the same kind replace a waiting one; both wait for it', () => {
    const queue = createCommandQueue<string>(LIMITS);
    expect(queue.offer(cmd('setCamera', { preset: 'anterior' }), 'a')).toBe('queued');
    expect(queue.offer(cmd('setLayers', { peel: 1 }), 'b')).toBe('queued');
    expect(queue.offer(cmd('setCamera', { preset: 'posterior' }), 'c')).toBe('coalesced');
    const taken = queue.take();
    expect(taken.map((e) => e.command.name)).toEqual(['setLayers', 'setCamera']);
    expect(taken[1]?.waiters).toEqual(['a', 'c']);
    expect(taken[1]?.command).toMatchObject({ camera: { preset: 'posterior' } });
    expect(queue.size).toBe(0);
  });

  it('never coalesces across a barrier', () => {
    const queue = createCommandQueue<string>(LIMITS);
    queue.offer(cmd('setCamera', { preset: 'anterior' }), 'a');
    queue.offer(cmd('resetView'), 'b');
    expect(queue.offer(cmd('setCamera', { preset: 'posterior' }), 'c')).toBe('queued');
    expect(queue.take().map((e) => e.waiters)).toEqual([['a'], ['b'], ['c']]);
  });

  it('refuses beyond its bounds, and a coalesced command never counts against them', () => {
    const queue = createCommandQueue<string>(LIMITS);
    for (let i = 0; i < LIMITS.maxQueued; i++) queue.offer(cmd('resetView'), `r${i}`);
    expect(queue.offer(cmd('resetView'), 'late')).toBe('busy');
    expect(queue.offer(cmd('screenshot'), 's')).toBe('busy');
    queue.take(2);
    expect(queue.offer(cmd('screenshot'), 's1')).toBe('queued');
    expect(queue.offer(cmd('screenshot'), 's2')).toBe('busy');
    expect(queue.offer(cmd('setCamera', { preset: 'anterior' }), 'c1')).toBe('queued');
    expect(queue.size).toBe(LIMITS.maxQueued);
    expect(queue.offer(cmd('setCamera', { preset: 'posterior' }), 'c2')).toBe('coalesced');
    expect(queue.take(2)).toHaveLength(2);
  });

  it('ends in the same state as carrying out every command in order', () => {
    // A mixed sequence with barriers, repeated kinds and partial changes.
    const sequence = [
      cmd('setCamera', { preset: 'anterior' }),
      cmd('setDysfunction', { muscles: { 'gluteus-medius': { weakness: 0.4 } } }),
      cmd('applyPreset', { preset: 'trendelenburg' }),
      cmd('select', { structure: 'gluteus-medius:left', frame: true }),
      cmd('setLayers', { peel: 2 }),
      cmd('setDysfunction', { muscles: { 'gluteus-medius': { tightness: 0.3 } } }),
      cmd('setCamera', { preset: 'posterior' }),
      cmd('applyPreset', { preset: 'trendelenburg', stanceSide: 'left' }),
      cmd('setDysfunction', { muscles: { 'gluteus-medius': { weakness: 0.8 } } }),
      cmd('applyPreset', { preset: 'tight-iliopsoas' }),
      cmd('setLayers', { peel: 1 }),
      cmd('select', { structure: 'piriformis:right' }),
      cmd('setDysfunction', { muscles: { 'gluteus-medius': { weakness: 0.1 } } }),
      cmd('setCamera', { preset: 'left-lateral' }),
    ];
    const everyCommand = createViewerStore();
    for (const command of sequence) runCommand(everyCommand, command);
    const queue = createCommandQueue<number>({ maxQueued: 100, maxQueuedScreenshots: 1 });
    sequence.forEach((command, i) => {
      queue.offer(command, i);
    });
    const coalesced = createViewerStore();
    const entries = queue.take();
    expect(entries.length).toBeLessThan(sequence.length);
    for (const { command } of entries) runCommand(coalesced, command);
    expect(viewerSnapshot(coalesced.getState())).toEqual(viewerSnapshot(everyCommand.getState()));
    // Every command is still answered once.
    expect(entries.flatMap((e) => e.waiters).sort((a, b) => a - b)).toEqual(
      sequence.map((_, i) => i),
    );
  });
});
