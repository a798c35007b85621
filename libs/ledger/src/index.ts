export * from './codec/codec-errors';
export * from './codec/event-codec';
export * from './codec/field-rules';
export * from './codec/recorded';
export * from './events/domain-events';
export * from './fold/fold-stream';
export * from './envelope/envelope';
