export * from './hover-label';
export * from './label-choice';
export * from './layout-labels';
