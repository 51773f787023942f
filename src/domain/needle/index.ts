export * from './needle-path';
