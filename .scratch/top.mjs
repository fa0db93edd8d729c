import { readFileSync } from 'node:fs'
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const self = new Map(); const byId = new Map(prof.nodes.map(n => [n.id, n]))
const dt = new Map(); prof.samples.forEach((s, i) => dt.set(s, (dt.get(s) ?? 0) + (prof.timeDeltas[i] ?? 0)))
let total = 0
for (const n of prof.nodes) { const t = dt.get(n.id) ?? 0; total += t; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t) }
// inclusive
const parent = new Map(); for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const incl = new Map()
for (const n of prof.nodes) { const t = dt.get(n.id) ?? 0; if (!t) continue; const seen = new Set(); let id = n.id; while (id !== undefined) { const m = byId.get(id); const k = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').slice(-2).join('/')}:${m.callFrame.lineNumber}`; if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + t); seen.add(k) } id = parent.get(id) } }
console.log('total ms', Math.round(total / 1000))
console.log('--- self'); [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 25)).forEach(([k, v]) => console.log(Math.round(v / 1000), k))
console.log('--- inclusive'); [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 40)).forEach(([k, v]) => console.log(Math.round(v / 1000), k))
