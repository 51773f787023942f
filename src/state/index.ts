export * from './viewer-context';
export * from './viewer-store';
