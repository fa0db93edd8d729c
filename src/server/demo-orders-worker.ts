/**
 * A worker thread of `build-demo-orders.ts`: builds, checks against the contract and
 * serialises the chunks of `--orders` the main thread posts (a chunk index per message),
 * answering each with its `PreparedOrder`s, or the error that stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads'
import {
  type DemoChunkReply,
  type DemoOrderPlan,
  loadDemoChunkBuilder,
} from './demo-order-chunk.ts'

const port = parentPort
if (!port)
  throw new Error('demo-orders-worker runs in a worker thread that build-demo-orders starts.')
const build = await loadDemoChunkBuilder(workerData as DemoOrderPlan)
port.on('message', (chunk: number) => {
  let reply: DemoChunkReply | undefined
  try {
    build(chunk, (orders) => {
      reply = { chunk, orders }
    })
  } catch (error) {
    reply = { chunk, error: (error as Error).message }
  }
  port.postMessage(reply)
})
