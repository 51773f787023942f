export * from './mechanics-result';
export * from './readable-when-settled';
export * from './render-counts';
export * from './test-hooks';
export * from './viewer-after-frame';
export * from './viewer-context';
export * from './viewer-store';
export * from './viewer-subscription';
