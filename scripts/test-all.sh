#!/usr/bin/env bash
# Every check the project has, in the order a failure is cheapest to find.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# Each step's heading says how long the run has taken so far.
step() { printf '\n\033[1m== %s\033[0m (at %dm%02ds)\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)); }

step "Test tools (Debian packages)"
bash scripts/install-test-tools.sh

step "Type check"
npm run typecheck

step "Lint"
npm run lint

step "Translation catalogs (strict: warnings fail too)"
npm run i18n:check -- --strict

step "Unit tests (Vitest)"
npm test

# The static export builds in .next/ too, so it goes first; the server build
# then replaces .next/ and leaves out/ alone.
step "Static export (out/, served by nginx in the end-to-end tests)"
npm run build:static

step "Production build"
npm run build

step "First-load JavaScript budget"
npm run size

step "Page fixture (a copy of the project with one guide added through the registry, type-checked and tested)"
npm run test:page-fixture

step "End-to-end tests (Playwright, Chromium): next start, nginx + TLS, nginx + static export"
CI=1 npm run test:e2e

printf '\n\033[1mAll checks passed\033[0m in %dm%02ds.\n' $((SECONDS / 60)) $((SECONDS % 60))
