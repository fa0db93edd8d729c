import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
const args = process.argv.slice(2)
const started = performance.now()
const child = spawn('node', ['bin/norce-checkout-mock.js', 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
let out = ''
const url = await new Promise((resolve) => child.stdout.on('data', (d) => { out += d; const m = /url: (http:\/\/\S+)/.exec(out); if (m) resolve(m[1]) }))
const headers = { authorization: 'Bearer t', 'x-merchant': 'thingsandstuff', 'x-channel': 'thingsandstuff-se' }
let first
while (true) { const r = await fetch(`${url}/api/v0/checkout/orders?limit=10`, { headers }).catch(() => undefined); if (r) { await r.arrayBuffer(); if (r.status === 200) { first = performance.now() - started; break } } await new Promise((r) => setTimeout(r, 20)) }
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024
console.log('banner printed at', 'first 200 ms', Math.round(first), 'rss MB', Math.round(rss()))
const median = async (path, n = 20) => { const t = []; let body; for (let i = 0; i < n; i++) { const a = performance.now(); const r = await fetch(url + path, { headers }); body = await r.text(); t.push(performance.now() - a) } t.sort((a, b) => a - b); return [t[n >> 1].toFixed(2), body.length] }
console.log('list', await median('/api/v0/checkout/orders?limit=10'))
console.log('list status', await median('/api/v0/checkout/orders?limit=10&status=completed'))
console.log('list email asc', await median('/api/v0/checkout/orders?limit=10&order_by=billingEmail&order_by_direction=asc'))
const list = JSON.parse((await (await fetch(url + '/api/v0/checkout/orders?limit=1', { headers })).text()))
const id = list.data[0].id
console.log('GET', await median(`/api/v0/checkout/orders/${id}`, 50))
console.log('rss MB after', Math.round(rss())); await new Promise((r) => setTimeout(r, 10000)); console.log('rss MB after 10 s idle', Math.round(rss()))
child.kill('SIGTERM')
await new Promise((r) => child.on('exit', r))
