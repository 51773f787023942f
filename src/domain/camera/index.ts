export * from './camera-presets';
export * from './frame-sphere';
