export * from './from-quiz';
export * from './xapi';
