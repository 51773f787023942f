export * from './click-point';
export * from './hover-label';
export * from './label-choice';
export * from './layout-labels';
export * from './pointer-hit-order';
export * from './structure-name';
