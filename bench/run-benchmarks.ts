import { benchFactories } from './factories.bench.ts'
import { benchServer } from './server.bench.ts'

/** `npm run bench` runs everything; `npm run bench -- server` (or `factories`) one part. */
const only = process.argv[2]

console.log(`norce-checkout-mock benchmarks — node ${process.version}, ${new Date().toISOString()}`)
if (!only || only === 'factories') {
  console.log('\nFactories')
  await benchFactories()
}
if (!only || only === 'server') {
  console.log('\nStandalone server (npx norce-checkout-mock serve) vs bare node:http vs prism mock')
  await benchServer()
}
