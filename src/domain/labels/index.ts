export * from './label-choice';
export * from './layout-labels';
