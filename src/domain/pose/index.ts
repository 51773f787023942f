export * from './skeleton-pose';
