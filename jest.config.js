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
  // Most suites wait on fsync and sockets, not the CPU: two workers use both cores of a 2-core
  // machine (jest would take one). Three were tried: every suite slowed and the run took longer.
  maxWorkers: 2,
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
