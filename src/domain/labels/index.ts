export * from './click-point';
export * from './hover-label';
export * from './label-choice';
export * from './layout-labels';
