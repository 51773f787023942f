export * from './find-needle-route';
export * from './guide-needle';
export * from './needle-approach';
export * from './needle-sentences';
export * from './published-depth';
export * from './structure-name';
export * from './tissue-query';
export * from './unmodelled-structures';
