export * from './body';
export * from './body-fit';
