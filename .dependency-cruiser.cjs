/**
 * The layers and what each may import (docs/architecture.md, "Layers"). Checked by `npm run lint`
 * (`npm run lint:layers`); a broken rule names the importing file, the imported file and the rule.
 *
 *   domain        <- imports nothing outside itself: no framework, no storage, no store client
 *   event-store   <- domain at most
 *   ledger        <- domain, event-store; no framework (NestJS, TypeORM) nor store client
 *   config        <- domain
 *   i18n          <- domain (the words for its lists)
 *   auth          <- domain, config, event-store
 *   read-models   <- domain, event-store, ledger, i18n; never config, auth, wiring or an app
 *   wiring        <- any lib; never an app
 *   apps          <- any lib; never another app
 *
 * Specs may also use the shared test kit under test/support.
 */

/** A folder's own files, as a path pattern. */
const lib = (name) => `^libs/${name}/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'The domain imports nothing outside itself: no NestJS, TypeORM, store client, node built-in or other lib.',
      severity: 'error',
      from: { path: lib('domain'), pathNot: '\\.spec\\.ts$' },
      to: { pathNot: [lib('domain')] },
    },
    {
      name: 'domain-specs-stay-pure',
      comment: 'Domain specs test the domain alone: no framework, storage or other lib.',
      severity: 'error',
      from: { path: '^libs/domain/.*\\.spec\\.ts$' },
      to: {
        path: [
          '^libs/',
          '^apps/',
          '(^|/)node_modules/(@nestjs|typeorm|@eventstore|better-sqlite3|pg)/',
        ],
        pathNot: [lib('domain')],
      },
    },
    {
      name: 'event-store-imports-domain-at-most',
      severity: 'error',
      from: { path: lib('event-store') },
      to: { path: '^libs/', pathNot: [lib('event-store'), lib('domain')] },
    },
    {
      name: 'ledger-imports-domain-and-event-store',
      severity: 'error',
      from: { path: lib('ledger') },
      to: { path: '^libs/', pathNot: [lib('ledger'), lib('domain'), lib('event-store')] },
    },
    {
      name: 'ledger-knows-no-framework',
      comment:
        'The Ledger is shared by every app: no NestJS, TypeORM or store client (libs/wiring provides it to Nest).',
      severity: 'error',
      from: { path: lib('ledger') },
      to: {
        path: [
          '(^|/)node_modules/(@nestjs|typeorm|@eventstore|better-sqlite3|pg)/',
          '^(@nestjs|typeorm|@eventstore|better-sqlite3|pg)(/|$)',
        ],
      },
    },
    {
      name: 'config-imports-domain-at-most',
      severity: 'error',
      from: { path: lib('config') },
      to: { path: '^libs/', pathNot: [lib('config'), lib('domain')] },
    },
    {
      name: 'i18n-imports-domain-at-most',
      comment: "The catalogues name the domain's lists; nothing else.",
      severity: 'error',
      from: { path: lib('i18n'), pathNot: '\\.spec\\.ts$' },
      to: { path: '^libs/', pathNot: [lib('i18n'), lib('domain')] },
    },
    {
      name: 'auth-imports-domain-config-and-event-store-at-most',
      severity: 'error',
      from: { path: lib('auth') },
      to: {
        path: '^libs/',
        pathNot: [lib('auth'), lib('domain'), lib('config'), lib('event-store')],
      },
    },
    {
      name: 'read-models-import-domain-event-store-ledger-and-i18n-at-most',
      comment: 'Read models are configured and wired by libs/wiring, not the other way round.',
      severity: 'error',
      from: { path: lib('read-models') },
      to: {
        path: '^libs/',
        pathNot: [
          lib('read-models'),
          lib('domain'),
          lib('event-store'),
          lib('ledger'),
          lib('i18n'),
        ],
      },
    },
    {
      name: 'libs-never-import-apps',
      comment: 'Includes read models: a lib serves the apps and knows none of them.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-never-import-each-other',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'only-specs-use-the-test-kit',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: '\\.(spec|fixtures)\\.ts$' },
      to: { path: '^test/' },
    },
    {
      name: 'no-circular-libs',
      comment: 'Libs form layers: no lib imports a lib that imports it back.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: '^libs/$1/', circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|\\.build-[^/]*|data|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
    moduleSystems: ['cjs', 'es6'],
  },
};
