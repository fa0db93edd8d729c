#!/usr/bin/env bash
# Compatibility run: the whole test suite on Node 24 with the newest msw 3 and the newest
# vitest Node 24 takes, as users run them. Node 24 comes from the npm registry (the `node`
# package), so nothing on the machine changes. Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== compatibility run: installing Node 24 from the npm registry"
npm install --prefix "$work/node" --no-audit --no-fund --loglevel=error node@24 >/dev/null
export PATH="$work/node/node_modules/node/bin:$PATH"

echo "== copying the project (tracked and new files, no node_modules)"
mkdir "$work/app"
(cd "$root" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$work/app"
cd "$work/app"

npm ci --no-audit --no-fund --loglevel=error
npm install --no-save --no-audit --no-fund --loglevel=error msw@3 vitest@latest @types/node@24
# The demo's service worker script must be the installed msw's own (msw.workerDirectory).
npx msw init >/dev/null
echo "== versions: node $(node --version), msw $(node -p "require('msw/package.json').version"), vitest $(node -p "require('vitest/package.json').version")"
npx vitest run "$@"
# The browser suite, as `npm test` runs it: skipped in one line when there is no Chromium.
node scripts/run-browser-tests.mjs
