/** Test kinds are told apart by suffix: .unit.spec.ts, .int.spec.ts, .e2e.spec.ts. */
const fs = require('node:fs');
const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;

const shared = {
  rootDir: __dirname,
  // Node, quiet: what the code under test logs is shown only for a failing test.
  testEnvironment: '<rootDir>/test/support/quiet-environment.js',
  transform: { '^.+\\.(ts|js)$': ['@swc/jest', swc] },
  // A few dependencies ship ES modules only; jest on Node 20 needs them compiled to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|jose)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@dutyledger/(domain|event-store|ledger|read-models|config|auth|wiring|i18n)$':
      '<rootDir>/libs/$1/src/index.ts',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/\\.build-', '/data/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/\\.build-'],
};

// One id per run, inherited by the workers: suites share run-scoped fixtures (test/support/demo-world.ts).
process.env.DUTYLEDGER_TEST_RUN ??= `${process.pid}-${Date.now()}`;

module.exports = {
  // Suites wait on fsync, sockets, child processes and browsers as much as on the CPU: on a 2-core
  // machine a third worker fills the waits. Measured on the whole suite, 2 then 3 workers in the
  // one after the other: 392 -> 348 s, 317 -> 295 s (each file slower, the run shorter). Jest alone would
  // take one worker per core but one.
  maxWorkers: 3,
  // A hang guard, not a speed check: starting an app (migrations, stores) on a loaded 2-core
  // machine can take longer than jest's 5 s default. (Read from the top level only.)
  testTimeout: 30_000,
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/**/*.unit.spec.ts'] },
    { ...shared, displayName: 'int', testMatch: ['<rootDir>/**/*.int.spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/**/*.e2e.spec.ts'] },
  ],
};
