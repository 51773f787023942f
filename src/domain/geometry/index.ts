export * from './body-axis';
export * from './quaternion';
export * from './vec3';
