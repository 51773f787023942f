import type { ValidCommand } from './protocol';

/**
 * The waiting room of state-changing commands, bounded and coalescing, so a flood from an
 * embedding page costs at most one store update per kind of change per frame (review F9).
 *
 * Coalescing: a command that simply overwrites part of the view with values of its own (a
 * camera, a selection, the same layers, the same severity fields...) replaces a waiting command
 * with the same key; both are answered with the outcome of the later one. The replaced entry
 * leaves its place and the new one joins the end, which leaves the final state unchanged because
 * same-key commands write the same fields and no command allowed to be jumped over reads them.
 * Commands that read what others write (a preset on "the current stance side" reads the stance
 * a stance change writes) or do more than overwrite are barriers: nothing coalesces across them.
 */

/** Read-only commands: answered at once, never queued behind changes and never refused busy. */
const READ_ONLY_COMMANDS = ['getState', 'getMotorPoints'] as const;

export function isReadOnlyCommand(command: ValidCommand): boolean {
  return (READ_ONLY_COMMANDS as readonly string[]).includes(command.name);
}

/** Which fields of an object are given (not null or undefined), as a stable key part. */
function givenFields(record: Record<string, unknown>, names: readonly string[]): string {
  return names.filter((name) => record[name] !== null && record[name] !== undefined).join(',');
}

/**
 * The key under which a command may replace a waiting one, or null when it is a barrier.
 * Same key ⇒ the later command writes every field the earlier one wrote.
 * @internal
 */
export function coalesceKey(command: ValidCommand): string | null {
  switch (command.name) {
    case 'setCamera':
    case 'setLanguage':
    case 'setLearner':
      return command.name;
    case 'select':
      // Framing also moves the camera: a different set of fields.
      return `select:${command.frame && command.structure !== null}`;
    case 'selectPoint':
      return `selectPoint:${command.frame && command.point !== null}`;
    case 'setBody':
      return `setBody:${command.body === null ? 'reference' : 'fitted'}`;
    case 'applyPreset':
      // A preset with a stance side writes the stance a preset "on the current side" reads.
      return command.stanceSide === null ? 'applyPreset' : null;
    case 'setLayers':
      return [
        'setLayers',
        command.layers.map(({ layer, side }) => `${layer}:${side}`).join(','),
        command.structures.map(({ key }) => key).join(','),
        command.peel === null ? '' : 'peel',
      ].join('|');
    case 'setDysfunction': {
      // A reset or a stance change writes what presets read; a half-given severity is merged
      // with the stored one, so only whole severities (or clearing) simply overwrite.
      if (command.reset || command.stanceSide !== null) return null;
      const muscles: string[] = [];
      for (const { muscle, severity } of command.muscles) {
        if (
          severity !== null &&
          (severity.weakness === undefined) !== (severity.tightness === undefined)
        ) {
          muscles.push(`${muscle}:${severity.weakness === undefined ? 'tightness' : 'weakness'}`);
        } else muscles.push(muscle);
      }
      const fields = givenFields(command, [
        'task',
        'compensationStyle',
        'bodyMassKg',
        'heightM',
        'baselineStrength',
      ]);
      return `setDysfunction|${muscles.join(',')}|${fields}|${command.cane === undefined ? '' : 'cane'}`;
    }
    default:
      return null;
  }
}

export interface QueueLimits {
  /** Waiting commands at most; beyond, a new one is refused with `busy`. */
  maxQueued: number;
  /** Waiting screenshots at most (hundreds of ms each). */
  maxQueuedScreenshots: number;
}

/** One waiting command and everyone waiting for its outcome (itself and those it replaced). */
export interface QueueEntry<Waiter> {
  command: ValidCommand;
  key: string | null;
  waiters: Waiter[];
}

type OfferResult = 'queued' | 'coalesced' | 'busy';

export interface CommandQueue<Waiter> {
  offer(command: ValidCommand, waiter: Waiter): OfferResult;
  /** Take up to `count` entries from the front, in order. */
  take(count?: number): QueueEntry<Waiter>[];
  readonly size: number;
}

export function createCommandQueue<Waiter>(limits: QueueLimits): CommandQueue<Waiter> {
  const entries: QueueEntry<Waiter>[] = [];
  let screenshots = 0;

  const replaceable = (key: string): number => {
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i]!;
      if (entry.key === null) return -1;
      if (entry.key === key) return i;
    }
    return -1;
  };

  return {
    offer(command, waiter) {
      const key = coalesceKey(command);
      if (key !== null) {
        const at = replaceable(key);
        if (at >= 0) {
          const [replaced] = entries.splice(at, 1);
          entries.push({ command, key, waiters: [...replaced!.waiters, waiter] });
          return 'coalesced';
        }
      }
      const screenshot = command.name === 'screenshot';
      if (
        entries.length >= limits.maxQueued ||
        (screenshot && screenshots >= limits.maxQueuedScreenshots)
      ) {
        return 'busy';
      }
      if (screenshot) screenshots += 1;
      entries.push({ command, key, waiters: [waiter] });
      return 'queued';
    },
    take(count = entries.length) {
      const taken = entries.splice(0, count);
      screenshots -= taken.filter((entry) => entry.command.name === 'screenshot').length;
      return taken;
    },
    get size() {
      return entries.length;
    },
  };
}
