// Layer rules of norce-checkout-mock (README, Architecture), checked by `npm run
// check:architecture` in CI. A folder of src/ may import only from folders earlier in LAYERS;
// src/contract/ only from the core layers it needs; the demo only through public entry points.

/** Lowest first. The adapters come last: handlers, then node/browser/server, then cli. */
const LAYERS = [
  ['generated'],
  ['validation'],
  ['problems'],
  ['domain'],
  ['factories'],
  ['routing'],
  // Reads HAR files and judges them against the contract: core only, for the adapters.
  ['traffic'],
  ['store'],
  ['operations'],
  ['callbacks'],
  ['api'],
  ['handlers'],
  ['node', 'browser', 'server'],
  ['cli'],
]
const ADAPTERS = ['handlers', 'node', 'browser', 'server', 'cli']
const folders = (names) => `^src/(${names.join('|')})/`

const layerRules = LAYERS.map((layer, index) => ({
  name: `layer-${layer.join('-')}`,
  comment: `src/{${layer.join(',')}} may import only from the layers below it: ${LAYERS.slice(0, index).flat().join(', ') || 'none'}.`,
  severity: 'error',
  from: { path: folders(layer) },
  to: { path: folders([...LAYERS.slice(index + 1).flat(), 'contract']) },
}))

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules.map((rule) =>
      // The CLI runs the contract suite: the one folder outside contract/ that may import it.
      rule.name === 'layer-cli' ? { ...rule, to: { path: '^$' } } : rule,
    ),
    {
      name: 'contract-imports-core-only',
      comment:
        'src/contract/ checks any Norce environment: it may use the core (generated, validation, problems, domain, factories, routing), never the mock itself (store, operations, callbacks, api) or an adapter.',
      severity: 'error',
      from: { path: '^src/contract/' },
      to: { path: folders(['store', 'operations', 'callbacks', 'api', ...ADAPTERS]) },
    },
    {
      name: 'only-cli-imports-contract',
      comment: 'Nothing but src/cli/ and src/contract/ itself imports src/contract/.',
      severity: 'error',
      from: { pathNot: '^src/(cli|contract)/' },
      to: { path: '^src/contract/' },
    },
    {
      name: 'only-adapters-import-traffic',
      comment:
        'src/traffic/ (HAR reading, checking, recording) serves the CLI and the server (seeding from a HAR); the mock core never reads traffic.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(traffic|server|cli)/' },
      to: { path: '^src/traffic/' },
    },
    {
      name: 'core-never-imports-adapters',
      comment: 'The core (every folder but the adapters and contract) never imports an adapter.',
      severity: 'error',
      from: { path: '^src/', pathNot: [folders([...ADAPTERS, 'contract']), '^src/index\\.ts$'] },
      to: { path: folders(ADAPTERS) },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles, between files or (through them) between folders.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'demo-uses-public-entry-points',
      comment:
        'demo/ is an app using the kit: it imports the package by its public names (norce-checkout-mock, /browser, /fixtures/*.json), never src/ by path.',
      severity: 'error',
      from: { path: '^demo/' },
      to: { path: '^(src|fixtures)/', dependencyTypesNot: ['aliased-tsconfig-paths'] },
    },
    {
      name: 'demo-public-names-only',
      comment: 'Through the package name, the demo reaches only the public entry points.',
      severity: 'error',
      from: { path: '^demo/' },
      to: {
        path: '^src/',
        pathNot: '^src/(index\\.ts|(browser|node|factories|server|contract)/index\\.ts)$',
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
    },
  },
}
