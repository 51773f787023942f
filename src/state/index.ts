export * from './mechanics-result';
export * from './viewer-context';
export * from './viewer-store';
