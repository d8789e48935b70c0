#!/bin/sh
# One form through try-form, then the page's own state against the package (FINDINGS.md).
#   test/e2e/forms/adversary-10/run.sh <form> [package] [try-form options …]
# The server (serve.mjs) must be running; packages are copied to /tmp/adv10 (try-form writes its
# screenshot beside the package). Every state file the form and its frames posted
# (<form>.json, <form>-*.json) is compared.
set -u
form=$1; shift
pkg=${1:-/tmp/adv10/telemark-2025-full.hso.json}; [ $# -gt 0 ] && shift
name=$(basename "$form" .html | cut -d- -f1)
name=${name%%\?*}
state=${STATE_DIR:-/tmp/adv10-state}
rm -f "$state/$name.json" "$state/$name"-*.json
npm run --silent try-form -- "http://127.0.0.1:${PORT:-19741}/$form" "$pkg" "$@"
echo "exit $?"
sleep 1
for f in "$state/$name.json" "$state/$name"-*.json; do
  [ -f "$f" ] && echo "== $(basename "$f")" && python3 "$(dirname "$0")/../adversary-6/compare-state.py" "$f" "$pkg"
done
