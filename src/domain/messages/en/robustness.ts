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
  modelTooLarge: (url: string, what: string, limitMb: number) =>
    `model: "${url}" is too large to show safely: ${what}, and the most this viewer accepts is ${limitMb} MB. Simplify or compress the model (for example with gltf-transform), or load the built-in model.`,
  modelStalled: (url: string, seconds: number) =>
    `model: "${url}" stopped downloading (almost nothing arrived in ${seconds} s). Check the connection and try again, or load the built-in model.`,
  modelReferenceRefused: (url: string, reference: string) =>
    `model: "${url}" refers to "${reference.length > 80 ? `${reference.slice(0, 79)}…` : reference}", which is on a site this viewer does not load from. Pack every buffer and image into the .glb, or load the built-in model.`,
  modelMalformed: (url: string, fault: string) =>
    `model: "${url}" is not a valid glTF: ${fault}. Check it with the Khronos glTF validator, or load the built-in model.`,
  modelBadGeometry: (url: string, node: string) =>
    `model: "${url}" has positions that are not finite or lie more than a kilometre away (in "${node}"), so nothing can be drawn. Fix the mesh in the modelling tool, or load the built-in model.`,
  completeModelFailed: (detail: string) =>
    `The detailed model could not be loaded (${detail}). The lighter first view stays; skin, vessels, organs and body fitting need it. Reload the page to try again.`,
  contextLost: 'The graphics of the 3D view were interrupted; restoring them…',
  contextRestored: 'The 3D view is back.',
} as const;
