#!/bin/sh
# The popup runs of FINDINGS.md (preview → fill → undo) through popup-undo.mjs, one line each:
# the undo's own lines and how many controls it did not give back; whole output in
# $OUT/popup-<form>.txt. The server (serve.mjs) must be running.
#   test/e2e/forms/adversary-9/run-popups.sh [form …]
set -u
here=$(dirname "$0")
out_dir=${OUT:-/tmp/adv9-out}
mkdir -p "$out_dir"
base="http://127.0.0.1:${PORT:-19701}"
pkg=/tmp/adv9/telemark-2025-full.hso.json
run() {
  form=$1; shift
  use=$pkg
  for a in "$@"; do case $a in PKG=*) use=${a#PKG=} ;; esac; done
  out=$(env "$@" node "$here/../adversary-7/popup-undo.mjs" "$base/$form" "$use" 2>&1)
  printf '%s\n' "$out" > "$out_dir/popup-${form%.html}.txt"
  echo "$form | $(printf '%s\n' "$out" | grep -a '^UNDO LINES' | cut -c1-300) | $(printf '%s\n' "$out" | grep -a '^not restored')"
}
run f11-unit-dropdown-resets.html
run f11-unit-dropdown-resets.html TYPE='[data-k="beds.tsb_total"]=20'
run f06-pivot-headersonly.html
run j01-jquery-split-header.html
run v01-vue-number-comma.html
run f12-total-clears-parts.html
run a01-fluent-reformat-spin.html PKG=/tmp/adv9/activity-telemark-2025.hso.json
run f02-detailslist-arialabel.html TYPE='[data-k="beds.phv_adult_dps"]=60'
run f13-choicegroup-year.html
run f15-breadcrumb-nav-2024.html
run f17-toggle-buttons-year.html
run p01-preact-unstable-keys.html
run p01-preact-unstable-keys.html TYPE='[data-k="beds.tsb_total"]=20'
run p01-preact-unstable-keys.html EDIT='[data-k="beds.phv_adult_hospital"]=47'
run v04-vue-watcher-total.html TYPE='[data-k="beds.phv_adult_total"]=111'
run f18-datepicker-year-dropdown.html
