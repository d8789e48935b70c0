#!/bin/sh
# The twins of FINDINGS.md's WRONG forms (the same form where the figures should be filled), one
# summary line each, as run-all.sh prints them. The server (serve.mjs) must be running.
#   test/e2e/forms/adversary-9/run-twins.sh
set -u
here=$(dirname "$0")
pkg=/tmp/adv9/telemark-2025-full.hso.json
for form in b01-bs5-inputgroup-year-prefix.html?year=2025 b02-bs5-inputgroup-pct-prefix.html?year=2025 \
  b03-bs5-listgroup-year.html?year=2025 b04-bs5-btncheck-year.html?year=2025 b05-bs5-dropdown-year.html?year=2025 \
  b06-bs5-grid-bold-heads.html?year=2025 k01-tomselect-unit-vestfold.html?unit=telemark \
  k02-choices-unit-vestfold.html?unit=telemark k03-select2-unit-vestfold.html?unit=telemark \
  s02-shoelace-tabgroup-2024.html?year=2025 s03-shoelace-select-unit-vestfold.html?unit=telemark \
  s04-shoelace-radio-buttons-year.html?year=2025 w01-aspnet-tabcontainer-2024.html?year=2025 \
  g02-apex-display-only-year.html?year=2025 g03-wizard-service-stepper.html?h=1 q01-alpine-year-buttons.html?year=2025 \
  g04-describedby-help-below.html?year=2025 b08-bs5-year-select-inputgroup.html?year=2025 k04-choices-year-2024.html?year=2025 \
  g05-unit-select-beside-box.html?year=2025 g06-aria-readonly-locked.html?year=2025 g07-legend-other-measures.html?year=2025; do
  out=$("$here/run.sh" "$form" "$pkg" 2>&1)
  code=$(printf '%s\n' "$out" | sed -n 's/^exit //p')
  summary=$(printf '%s\n' "$out" | grep -m1 '^Fylt ut\|^Siden\|^Profilen' | cut -d. -f1)
  wrong=$(printf '%s\n' "$out" | grep '^wrong:' | awk '{s += $2} END {print s + 0}')
  ok=$(printf '%s\n' "$out" | grep -c '| ok |')
  echo "$form | exit $code | $summary | wrong $wrong | ok $ok"
done
