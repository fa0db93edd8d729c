import { benchFactories } from './factories.bench.ts'

console.log(`norce-checkout-mock benchmarks — node ${process.version}, ${new Date().toISOString()}`)
console.log('\nFactories')
await benchFactories()
