import { benchFactories } from './factories.bench.ts'
import { benchInProcess } from './in-process.bench.ts'
import { benchScale } from './scale.bench.ts'
import { benchServer } from './server.bench.ts'

/**
 * `npm run bench` runs the factories, server and in-process benchmarks; `npm run bench -- server`
 * (or `factories`, `in-process`) one of them. `npm run bench -- scale` (issue 16: 100 to 100,000 orders, about
 * 5–15 minutes) runs only when asked for.
 */
const only = process.argv[2]
const known = ['factories', 'server', 'in-process', 'scale']
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
if (!only || only === 'in-process') {
  console.log('\nIn a test process: first request, and createHandlers vs a static msw handler')
  await benchInProcess()
}
if (only === 'scale') {
  console.log(
    '\nScale (issue 16): serve --orders N for N = 100 to 100,000, sequential requests, then under load',
  )
  await benchScale()
}
