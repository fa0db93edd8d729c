import { benchFactories } from './factories.bench.ts'
import { benchScale } from './scale.bench.ts'
import { benchServer } from './server.bench.ts'

/**
 * `npm run bench` runs the factories and server benchmarks; `npm run bench -- server` (or
 * `factories`) one of them. `npm run bench -- scale` (issue 16: 100 to 100,000 orders, about
 * 5–15 minutes) runs only when asked for.
 */
const only = process.argv[2]
const known = ['factories', 'server', 'scale']
if (only !== undefined && !known.includes(only)) {
  console.error(`Unknown benchmark "${only}": pass one of ${known.join(', ')}, or nothing.`)
  process.exit(2)
}

console.log(`norce-checkout-mock benchmarks — node ${process.version}, ${new Date().toISOString()}`)
if (!only || only === 'factories') {
  console.log('\nFactories')
  await benchFactories()
}
if (!only || only === 'server') {
  console.log('\nStandalone server (npx norce-checkout-mock serve) vs bare node:http vs prism mock')
  await benchServer()
}
if (only === 'scale') {
  console.log(
    '\nScale (issue 16): serve --orders N for N = 100 to 100,000, sequential requests, then under load',
  )
  await benchScale()
}
