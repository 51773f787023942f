/**
 * Embedding strings (English): the `<hip-motor-viewer>` poster and the errors of the embed
 * protocol. Kept free of imports so the tiny element module can include this file alone.
 */
export const embed = {
  /** Text of the button on the poster; also its accessible name. */
  loadButton: 'Load 3D model',
  loading: 'Loading the 3D model…',
  posterAlt:
    'Still picture of the hip model from the front: pelvis, lower spine, thigh bones and the hip muscles.',
  frameTitle: 'Interactive 3D model of the hip with motor points',
  /** Protocol errors: say what was wrong and how to fix it. */
  errors: {
    badMessage: (got: string) =>
      `embed: a command needs { type: "hip-viewer:command", version: 1, id: "<non-empty string>", command: "<name>", args?: {...} }; got ${got}`,
    unsupportedVersion: (got: string) =>
      `embed: protocol version ${got} is not supported; send version: 1`,
    unknownCommand: (got: string, known: readonly string[]) =>
      `embed: unknown command ${got}; use one of ${known.join(', ')}`,
    badArgument: (command: string, expectation: string, got: string) =>
      `embed: ${command} expects ${expectation}; got ${got}`,
    unknownArgument: (command: string, name: string, allowed: readonly string[]) =>
      allowed.length === 0
        ? `embed: ${command} takes no arguments; remove args.${name}`
        : `embed: ${command} does not take args.${name}; it takes ${allowed.map((a) => `args.${a}`).join(', ')}`,
    notReady: (command: string) =>
      `embed: ${command} needs the 3D view, which has not been drawn yet; wait for the "ready" event and send it again`,
    failed: (command: string, detail: string) =>
      `embed: ${command} failed: ${detail}. Reload the viewer; if it happens again, report it with this message`,
    modelFailed: (detail: string) => `embed: the hip model could not be loaded: ${detail}`,
    webglUnavailable:
      'embed: this browser cannot draw 3D graphics (WebGL is off or unsupported); the viewer shows a still picture instead, and screenshot is not available',
    timeout: (command: string, ms: number) =>
      `embed: no reply to ${command} within ${ms} ms; check that the viewer's origins= parameter allows this page`,
    unsafeValue: (command: string, path: string) =>
      `embed: ${command} refused ${path}: arrays must have no holes and numbers must be finite (no NaN or Infinity); send plain numbers`,
    busy: (command: string, limit: number) =>
      `embed: ${command} was refused because ${limit} commands are already waiting; wait for replies before sending more`,
    srcRefused: (src: string) =>
      `hip-motor-viewer: src="${src.length > 80 ? `${src.slice(0, 79)}…` : src}" was refused; use an http(s) address or a relative path to embed.html`,
    noAnswer: (src: string, origin: string, ms: number) =>
      `embed: the viewer at ${src} did not answer within ${ms} ms. Likely causes: its origins= parameter does not list this page (add origins=${origin}), or the address is wrong (open it in a tab: it should show the hip model)`,
    readyFailed: (code: string, message: string) =>
      `embed: the viewer will not become ready (${code}): ${message}`,
    closed: (command: string) =>
      `embed: the viewer was removed before ${command} was answered; create it again`,
  },
} as const;
