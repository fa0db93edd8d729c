// Bundles the command line into dist/bundle/: one ESM file (plus lazily loaded chunks) instead
// of some 600 modules, which halves the time from `norce-checkout-mock serve` to the first
// answer. The library entry points stay the plain tsc output in dist/.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { build, transform } from 'esbuild'

/**
 * The validators compiled ahead of time (decision 145) are the largest modules of the core
 * (1.2 MB); the bundle imports the copies tsc wrote to dist/generated/ instead of holding its
 * own, so the package ships them once.
 */
const sharedValidators = {
  name: 'shared-validators',
  setup(bundle) {
    bundle.onResolve({ filter: /\/generated\/[a-z0-9-]+-validators\.ts$/ }, ({ path }) => ({
      path: `../generated/${path.split('/').pop().replace(/\.ts$/, '.js')}`,
      external: true,
    }))
  },
}

// tsc prints those validators indented (1.8 MB); without the whitespace they are 1.2 MB.
const generated = new URL('../dist/generated/', import.meta.url)
for (const name of await readdir(generated)) {
  if (!name.endsWith('-validators.js')) continue
  const file = new URL(name, generated)
  const { code } = await transform(await readFile(file, 'utf8'), {
    minifyWhitespace: true,
    format: 'esm',
    target: 'node20',
  })
  await writeFile(file, code)
}

await build({
  // The worker thread that builds --orders (decision 173) is an entry of its own: the
  // bundle starts it from dist/bundle/demo-orders-worker.js, next to the chunk that asks.
  entryPoints: {
    main: new URL('../src/cli/main.ts', import.meta.url).pathname,
    'demo-orders-worker': new URL('../src/server/demo-orders-worker.ts', import.meta.url).pathname,
  },
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
  plugins: [sharedValidators],
  logLevel: 'warning',
})
