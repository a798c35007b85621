export * from './config';
export * from './config-shape';
