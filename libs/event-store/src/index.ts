export * from './port/envelope';
export * from './port/errors';
export * from './port/event-store.port';
export * from './integrity/canonical-json';
export * from './integrity/hash-chain';
export * from './serialisation/upcaster-registry';
export * from './sqlite';
export * from './eventstoredb';
