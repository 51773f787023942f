export * from './quaternion';
export * from './vec3';
