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
run b03-bs5-listgroup-year.html
run k02-choices-unit-vestfold.html
run g03-wizard-service-stepper.html
run s01-shoelace-mixed-controls.html
run n01-autonumeric-nb.html PKG=/tmp/adv9/activity-telemark-2025.hso.json
run h01-htmx-unit-swaps-form.html
run g04-describedby-help-below.html?year=2025 TYPE='[data-k="beds.phv_adult_dps"]=60'
