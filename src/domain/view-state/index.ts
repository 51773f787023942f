export * from './describe-view';
export * from './dysfunction';
export * from './effective-visibility';
export * from './isolate';
export * from './preferred-side';
export * from './structure-tree';
export * from './url-params';
export * from './view-state';
