export * from './case-record';
