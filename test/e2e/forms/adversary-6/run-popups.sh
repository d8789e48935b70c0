#!/bin/sh
# The popup runs of FINDINGS.md (undo traps) through popup-undo.mjs, one "not restored" line each,
# whole output in $OUT/popup-<form>.txt. The server (serve.mjs) must be running.
#   test/e2e/forms/adversary-6/run-popups.sh
set -u
here=$(dirname "$0")
out_dir=${OUT:-/tmp/adv6-out}
mkdir -p "$out_dir"
base="http://127.0.0.1:${PORT:-19661}"
pkg=/tmp/adv6/telemark-2025-full.hso.json
run() {
  form=$1; shift
  out=$(env "$@" node "$here/popup-undo.mjs" "$base/$form" "${PKG:-$pkg}" 2>&1)
  printf '%s\n' "$out" > "$out_dir/popup-${form%.html}.txt"
  echo "$form | $(printf '%s\n' "$out" | grep -a '^UNDO LINES' | cut -c1-200) | $(printf '%s\n' "$out" | grep -a '^not restored')"
}
run k20-innerhtml-rerender.html
run k25-vue-key-revision.html
run k37-locks-after-entry.html
run k46-vue-sort-after-fill.html TYPE='[data-k="beds.tsb_total"]=20'
PKG=/tmp/adv6/activity-telemark-2025.hso.json run a02-format-on-blur.html
