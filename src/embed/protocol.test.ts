import { describe, expect, it } from 'vitest';
import { MOTOR_POINTS } from '../domain/motor-points';
import { type ParsedMessage, parseCommandMessage } from './protocol';

const command = (name: string, args?: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'hip-viewer:command',
  version: 1,
  id: 'c1',
  command: name,
  ...(args === undefined ? {} : { args }),
  ...extra,
});

function errorOf(parsed: ParsedMessage) {
  if (parsed.kind !== 'invalid') throw new Error(`expected invalid, got ${parsed.kind}`);
  return parsed.error;
}

function commandOf(parsed: ParsedMessage) {
  if (parsed.kind !== 'command') throw new Error(`expected a command: ${JSON.stringify(parsed)}`);
  return parsed.command;
}

describe('setBody', () => {
  it('reads a body to the precision of a link, and the reference body', () => {
    expect(
      commandOf(
        parseCommandMessage(command('setBody', { sex: 'female', heightM: 1.654, massKg: 90.04 })),
      ),
    ).toEqual({ name: 'setBody', body: { sex: 'female', heightM: 1.65, massKg: 90 } });
    expect(commandOf(parseCommandMessage(command('setBody', { reference: true })))).toEqual({
      name: 'setBody',
      body: null,
    });
  });

  it('names what was wrong', () => {
    const message = (args: unknown) =>
      errorOf(parseCommandMessage(command('setBody', args))).message;
    expect(message({ sex: 'woman', heightM: 1.65, massKg: 90 })).toMatch(
      /args\.sex to be one of "female", "male"/,
    );
    expect(message({ sex: 'female', heightM: 165, massKg: 90 })).toMatch(
      /args\.heightM to be a number from 1\.2 to 2\.2/,
    );
    expect(message({ sex: 'female', heightM: 1.65, massKg: Number.NaN })).toMatch(/args\.massKg/);
    expect(message({ sex: 'male', heightM: 2.2, massKg: 40 })).toMatch(
      /body mass index from 15 to 65/,
    );
    expect(message({ sex: 'male', heightM: 1.8, massKg: 80, age: 40 })).toMatch(/age/);
    expect(message({ reference: false })).toMatch(/args\.reference to be true/);
    expect(errorOf(parseCommandMessage(command('setBody'))).code).toBe('bad-arguments');
  });
});

describe('playStory', () => {
  it('names the bad step and field of a site story', () => {
    const parsed = parseCommandMessage(
      command('playStory', {
        story: {
          id: 'demo',
          title: 'Demo',
          summary: 'x',
          audience: 'student',
          steps: [{ id: 'a', title: 'A', text: 'x', camera: 'sideways' }],
        },
      }),
    );
    expect(errorOf(parsed).message).toMatch(/step 1.*"camera"/);
  });
});

describe('parseCommandMessage: envelope', () => {
  it('ignores messages that are not commands of this protocol', () => {
    for (const data of [
      null,
      'hello',
      42,
      [],
      {},
      { type: 'other' },
      { type: 'hip-viewer:event' },
    ]) {
      expect(parseCommandMessage(data)).toEqual({ kind: 'ignore' });
    }
  });

  it('answers an unsupported version, naming the version to send', () => {
    const error = errorOf(parseCommandMessage(command('getState', undefined, { version: 2 })));
    expect(error).toEqual({
      code: 'unsupported-version',
      message: 'embed: protocol version 2 is not supported; send version: 1',
    });
  });

  it('has nobody to answer when the id is missing or not a string', () => {
    for (const id of [undefined, 7, '', 'x'.repeat(201)]) {
      const parsed = parseCommandMessage({ ...command('getState'), id });
      expect(parsed).toMatchObject({ kind: 'invalid', id: null, error: { code: 'bad-message' } });
    }
  });

  it('names the known commands when the command is unknown', () => {
    const error = errorOf(parseCommandMessage(command('explode')));
    expect(error.code).toBe('unknown-command');
    expect(error.message).toBe(
      'embed: unknown command "explode"; use one of setLayers, showOnly, select, selectPoint, setDysfunction, applyPreset, setCamera, resetView, getState, getMotorPoints, screenshot, playStory, setBody, setLearner, setLanguage, setAssessment, setPlanExercises',
    );
  });

  it('rejects args that are not an object', () => {
    expect(errorOf(parseCommandMessage(command('select', [1, 2]))).code).toBe('bad-message');
  });
});

describe('parseCommandMessage: arguments', () => {
  it('says what was wrong and how to fix it', () => {
    expect(errorOf(parseCommandMessage(command('select', { structure: 42 })))).toEqual({
      code: 'bad-arguments',
      message:
        'embed: select expects args.structure like "gluteus-medius:left" (or "sacrum"), or null; got 42',
    });
    expect(errorOf(parseCommandMessage(command('select', { structure: 'femur' }))).message).toMatch(
      /got "femur"$/,
    );
    expect(errorOf(parseCommandMessage(command('select'))).message).toBe(
      'embed: select expects an args object (see the embedding guide); got nothing',
    );
    expect(
      errorOf(parseCommandMessage(command('select', { structure: null, fram: true }))).message,
    ).toBe('embed: select does not take args.fram; it takes args.structure, args.frame');
    expect(errorOf(parseCommandMessage(command('getState', { all: true }))).message).toBe(
      'embed: getState takes no arguments; remove args.all',
    );
    expect(
      errorOf(parseCommandMessage(command('setLayers', { layers: { skin: 'visible' } }))).message,
    ).toBe(
      'embed: setLayers expects args.layers["skin"] to be one of "shown", "ghosted", "hidden"; got "visible"',
    );
    expect(
      errorOf(parseCommandMessage(command('setDysfunction', { bodyMassKg: 900 }))).message,
    ).toBe('embed: setDysfunction expects args.bodyMassKg to be a number from 20 to 250; got 900');
    expect(errorOf(parseCommandMessage(command('applyPreset', { preset: 'x' }))).message).toMatch(
      /^embed: applyPreset expects args.preset to be one of "gluteus-medius-weakness", .*; got "x"$/,
    );
  });

  it('gives a point example that is a real point key', () => {
    const message = errorOf(parseCommandMessage(command('selectPoint', { point: 'nope' }))).message;
    const example = /like "([^"]+)"/.exec(message)?.[1] ?? '';
    expect(commandOf(parseCommandMessage(command('selectPoint', { point: example })))).toEqual({
      name: 'selectPoint',
      point: example,
      frame: true,
    });
  });

  it('reads structure names the way the URL does', () => {
    expect(commandOf(parseCommandMessage(command('select', { structure: 'sacrum' })))).toEqual({
      name: 'select',
      structure: 'sacrum:midline',
      frame: true,
    });
    const layers = commandOf(
      parseCommandMessage(
        command('setLayers', {
          layers: { skin: 'shown', superficial: { left: 'ghosted' } },
          structures: { piriformis: 'hidden', 'gluteus-medius:right': null },
          peel: 1,
        }),
      ),
    );
    expect(layers).toEqual({
      name: 'setLayers',
      layers: [
        { layer: 'skin', side: 'left', visibility: 'shown' },
        { layer: 'skin', side: 'right', visibility: 'shown' },
        { layer: 'superficial', side: 'left', visibility: 'ghosted' },
      ],
      structures: [
        { key: 'piriformis:left', visibility: 'hidden' },
        { key: 'piriformis:right', visibility: 'hidden' },
        { key: 'gluteus-medius:right', visibility: null },
      ],
      peel: 1,
    });
  });

  it('shows only the named things, on the chosen side', () => {
    expect(
      commandOf(
        parseCommandMessage(
          command('showOnly', {
            layers: ['bones'],
            structures: ['piriformis', 'gluteus-medius:right', 'sacrum'],
            side: 'left',
          }),
        ),
      ),
    ).toEqual({
      name: 'showOnly',
      layers: ['bones'],
      structures: ['piriformis:left', 'gluteus-medius:right', 'sacrum:midline'],
      side: ['left'],
    });
    expect(errorOf(parseCommandMessage(command('showOnly', {}))).code).toBe('bad-arguments');
  });

  it('keeps dysfunction numbers to the precision a link carries', () => {
    expect(
      commandOf(
        parseCommandMessage(
          command('setDysfunction', {
            muscles: { 'gluteus-medius': { weakness: 0.333 }, piriformis: null },
            bodyMassKg: 71.26,
            heightM: 1.777,
            task: { kind: 'hip-hinge', trunkFlexionDeg: 44.6 },
            cane: { side: 'contralateral', loadBW: 0.104 },
          }),
        ),
      ),
    ).toMatchObject({
      muscles: [
        { muscle: 'gluteus-medius', severity: { weakness: 0.33 } },
        { muscle: 'piriformis', severity: null },
      ],
      bodyMassKg: 71.3,
      heightM: 1.78,
      task: { kind: 'hip-hinge', trunkFlexionDeg: 45 },
      cane: { side: 'contralateral', loadBW: 0.1 },
    });
  });

  it('reads a camera preset or a position and target', () => {
    expect(commandOf(parseCommandMessage(command('setCamera', { preset: 'posterior' })))).toEqual({
      name: 'setCamera',
      camera: { kind: 'preset', preset: 'posterior' },
    });
    expect(
      commandOf(
        parseCommandMessage(
          command('setCamera', { position: [0.12345, 0, 2], target: [0, 0.1, 0] }),
        ),
      ),
    ).toEqual({
      name: 'setCamera',
      camera: { kind: 'custom', position: [0.123, 0, 2], target: [0, 0.1, 0] },
    });
    expect(
      errorOf(parseCommandMessage(command('setCamera', { position: [0, 0, 1], target: [0, 0, 1] })))
        .message,
    ).toMatch(/at least a millimetre apart/);
    expect(
      errorOf(
        parseCommandMessage(command('setCamera', { position: [0, 0, 1e6], target: [0, 0, 0] })),
      ).message,
    ).toMatch(/args.position to be \[x, y, z\] in metres/);
  });

  it('filters motor points by muscle and side', () => {
    expect(
      commandOf(
        parseCommandMessage(command('getMotorPoints', { muscle: 'piriformis', side: 'left' })),
      ),
    ).toEqual({ name: 'getMotorPoints', muscle: 'piriformis', side: 'left' });
    expect(commandOf(parseCommandMessage(command('getMotorPoints')))).toEqual({
      name: 'getMotorPoints',
      muscle: null,
      side: null,
    });
  });

  it('accepts every motor point id on both sides', () => {
    for (const point of MOTOR_POINTS) {
      for (const side of ['left', 'right']) {
        const parsed = parseCommandMessage(
          command('selectPoint', { point: `${point.id}:${side}` }),
        );
        expect(parsed.kind).toBe('command');
      }
    }
  });
});
