// Serves app/ on 127.0.0.1:$APP_PORT (the Playwright config starts it). Nothing but files.
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname } from 'node:path'

const types = { '.html': 'text/html', '.js': 'text/javascript' }
const root = new URL('./', import.meta.url)

createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://app').pathname
  const file = path === '/' ? 'index.html' : path.slice(1)
  if (!/^[\w-]+\.(html|js)$/.test(file)) return response.writeHead(404).end()
  try {
    const body = await readFile(new URL(file, root))
    response.writeHead(200, { 'content-type': types[extname(file)] }).end(body)
  } catch {
    response.writeHead(404).end()
  }
}).listen(Number(process.env.APP_PORT), '127.0.0.1')
