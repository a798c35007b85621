export * from './role';
export * from './jwt-keys';
export * from './mint-token';
