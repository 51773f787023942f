/** Viewer shell strings (English). */
export const app = {
  title: 'Hip motor point visualizer',
  loadingModel: 'Loading the hip model…',
  loadingProgress: (percent: number) => `Loading the hip model… ${Math.round(percent)} %`,
  webglUnavailableTitle: '3D view unavailable',
  webglUnavailableBody:
    'This browser or device cannot draw 3D graphics (WebGL is off or unsupported). The lists, cards and search below still work; the picture shows the default view.',
  viewerErrorTitle: 'The 3D view stopped',
  viewerErrorBody: (detail: string) =>
    `Something went wrong while drawing the model: ${detail}. Reload the page to try again; your view is kept in the link.`,
  retry: 'Try again',
  canvasLabel: 'Interactive 3D model of the hip',
  cameraPresets: 'Camera',
  resetView: 'Reset view',
  notDiagnostic: 'A teaching tool, not a diagnostic device.',
} as const;
