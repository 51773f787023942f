/**
 * Robustness strings (English): a model that cannot be loaded or used, a 3D view that lost its
 * graphics context, the offline app. Messages name what is wrong and how to fix it.
 */
export const robustness = {
  modelErrorTitle: 'This model cannot be shown',
  useBuiltInModel: 'Load the built-in model',
  modelNotFound: (url: string, status: string) =>
    `model: "${url}" could not be downloaded (the server answered ${status}). Check the address in the "model" parameter of the link, or load the built-in model.`,
  modelUnreachable: (url: string) =>
    `model: "${url}" could not be downloaded (no answer from the server; are you offline?). Check the connection and the address, or load the built-in model.`,
  modelNotGltf: (url: string, detail: string) =>
    `model: "${url}" is not a glTF 2.0 model (${detail}). Export the model as a binary glTF (.glb), or load the built-in model.`,
  modelUnreadable: (url: string, detail: string) =>
    `model: "${url}" could not be read: ${detail}. Check that it is a valid glTF 2.0 file (for example with the Khronos glTF validator), or load the built-in model.`,
  modelBadAddress: (value: string) =>
    `model: "${value}" is not a web address of a model. Give a path on this site (models/hip.glb) or an https:// address, or load the built-in model.`,
  modelOriginRefused: (url: string, origin: string) =>
    `model: "${url}" is on ${origin}, which this viewer does not load models from. Copy the model to this site, or add ${origin} to the viewer's list of allowed model origins and to the site's Content-Security-Policy connect-src.`,
  contextLost: 'The graphics of the 3D view were interrupted; restoring them…',
  contextRestored: 'The 3D view is back.',
} as const;
