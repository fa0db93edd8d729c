/**
 * A worker thread of `build-demo-orders.ts`: derives the list values of the chunks of
 * `--orders` the main thread posts (a chunk index per message) once it has said it is ready,
 * answering each with them, or with the error that stopped it. The orders themselves are built when first read, in the
 * main thread (decision 175).
 */
import { parentPort, workerData } from 'node:worker_threads'
import {
  type DemoChunkReply,
  type DemoOrderPlan,
  type DemoWorkerMessage,
  loadDemoOrderFields,
} from './demo-orders.ts'

const port = parentPort
if (!port)
  throw new Error('demo-orders-worker runs in a worker thread that build-demo-orders starts.')
const demo = await loadDemoOrderFields(workerData as DemoOrderPlan)
port.on('message', (chunk: number) => {
  let reply: DemoChunkReply
  try {
    reply = { chunk, fields: demo.chunkFields(chunk) }
  } catch (error) {
    reply = { chunk, error: (error as Error).message }
  }
  port.postMessage(reply)
})
port.postMessage({ ready: true } satisfies DemoWorkerMessage)
