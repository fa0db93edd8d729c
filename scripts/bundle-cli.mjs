// Bundles the command line into dist/bundle/: one ESM file (plus lazily loaded chunks) instead
// of some 600 modules, which halves the time from `norce-checkout-mock serve` to the first
// answer. The library entry points stay the plain tsc output in dist/.
import { build } from 'esbuild'

await build({
  entryPoints: [new URL('../src/cli/main.ts', import.meta.url).pathname],
  outdir: new URL('../dist/bundle/', import.meta.url).pathname,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Prism is an optional peer of `contract --via-prism`, found at run time.
  external: ['@stoplight/prism-cli'],
  // CommonJS dependencies (ajv) call require(); ESM has none, so the bundle brings its own.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
})
