export * from './vec3';
