#!/usr/bin/env bash
# `npm test`: the whole suite. Type check and lint; unit and integration tests
# on the embedded database and on a throw-away PostgreSQL server; then the
# built app on PostgreSQL under Playwright in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s ===\n' "$*"; }

step "type check"; npx tsc --noEmit
step "lint"; npx eslint . --max-warnings 0

PG_DIR=$(mktemp -d /tmp/helsinki-pg.XXXXXX)
PG_PORT=${TEST_PG_PORT:-55432}
cleanup() { scripts/pg.sh stop "$PG_DIR"; rm -rf "$PG_DIR"; }
trap cleanup EXIT
step "throw-away PostgreSQL on port $PG_PORT"
PG_URL=$(scripts/pg.sh start "$PG_DIR" "$PG_PORT")

# The hostile-input test sends its full 1 000 payloads per action on the
# PostgreSQL run (the production database); on the embedded one, a short form.
step "unit and integration tests: embedded PGlite"
HOSTILE_RUNS=${HOSTILE_RUNS_PGLITE:-100} TEST_DB=pglite npx vitest run
# Date-sensitive tests again under fixed clocks (tests/helpers/setup.ts reads FAKE_NOW):
# late evening UTC on the day daylight saving time ends (23:30 in Helsinki: 24-hour
# blocks back into summer land on the next calendar day), and midday on the day it
# begins. Only these files, only on the embedded database.
DATE_SENSITIVE_TESTS=(tests/reminders/areas.test.ts tests/reminders/digest.test.ts tests/reminders/feeds.test.ts tests/reminders/inbox.test.ts
  tests/strategy/flags-filters.test.ts tests/strategy/workflow.test.ts tests/advocacy/advocacy.test.ts)
for fake_now in 2026-10-25T21:30:00Z 2026-03-29T10:00:00Z; do
  step "date-sensitive tests under the clock $fake_now (embedded PGlite)"
  FAKE_NOW=$fake_now TEST_DB=pglite npx vitest run "${DATE_SENSITIVE_TESTS[@]}"
done
step "unit and integration tests: PostgreSQL"
TEST_DB=postgres TEST_DATABASE_URL="$PG_URL" npx vitest run

step "e2e: build and Playwright"
scripts/ensure-chromium.sh
psql_url="${PG_URL%/postgres}"
node -e "const p=require('postgres');const s=p(process.argv[1]);s.unsafe('drop database if exists e2e').then(()=>s.unsafe('create database e2e')).then(()=>s.end())" "$PG_URL"
export E2E_DATABASE_URL="$psql_url/e2e"
npx next build
npx playwright test

# Short forms of `npm run fault` and `npm run load` (docs/reliability.md), on their own throw-away PostgreSQL and free ports.
step "database outage under load (short form of npm run fault)"
node scripts/fault.mjs --short
step "load (short form of npm run load)"
node scripts/load.mjs --short
