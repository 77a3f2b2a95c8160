#!/usr/bin/env bash
# Playwright cannot download browsers here: use Debian's Chromium.
set -euo pipefail
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "[e2e] installing Chromium (apt-get install chromium)…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "[e2e] Chromium not found at $CHROMIUM. Install it: sudo apt-get install chromium (or set CHROMIUM_PATH)" >&2
  exit 1
fi
