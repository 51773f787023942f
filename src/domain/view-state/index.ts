export * from './describe-view';
export * from './effective-visibility';
export * from './url-params';
export * from './view-state';
