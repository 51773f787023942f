export * from './viewer-context';
export * from './viewer-store';
export * from './mechanics-result';
