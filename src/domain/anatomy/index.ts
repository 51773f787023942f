export * from './bones';
export * from './landmarks';
export * from './layers';
export * from './muscles';
export * from './nerves';
export * from './sides';
export * from './structures';
