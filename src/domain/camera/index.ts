export * from './camera-presets';
export * from './frame-sphere';
export * from './orientation';
