export * from './camera-presets';
export * from './clamp-camera';
export * from './face-on';
export * from './frame-box';
export * from './frame-sphere';
export * from './orientation';
