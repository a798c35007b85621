export * from './tokens';
export * from './stores.module';
export * from './auth/role';
export * from './auth/jwt-keys';
export * from './auth/mint-token';
export * from './audit';
export * from './upcasters';
export * from './ids';
