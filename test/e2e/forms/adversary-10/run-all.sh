#!/bin/sh
# Every form of FINDINGS.md through run.sh, one summary line each: exit code, try-form's summary,
# and how many of the page's controls got a value not theirs ("wrong"). The package is chosen by
# the form's first letter: u activity, every other beds+staffing. Each run's
# whole output is kept in $OUT (default /tmp/adv10-out/<form>.txt). The server (serve.mjs) must be running.
#   test/e2e/forms/adversary-10/run-all.sh [form-glob]   (default [a-z][a-z0-9]*-*.html, frame parts left out)
set -u
here=$(dirname "$0")
out_dir=${OUT:-/tmp/adv10-out}
mkdir -p "$out_dir"
for f in "$here"/${1:-[a-z][a-z0-9]*-*.html}; do
  form=$(basename "$f")
  case $form in *-part-*) continue ;; esac
  case $form in
    u*) pkg=/tmp/adv10/activity-telemark-2025.hso.json ;;
    *) pkg=/tmp/adv10/telemark-2025-full.hso.json ;;
  esac
  out=$("$here/run.sh" "$form" "$pkg" 2>&1)
  printf '%s\n' "$out" > "$out_dir/${form%.html}.txt"
  code=$(printf '%s\n' "$out" | sed -n 's/^exit //p')
  summary=$(printf '%s\n' "$out" | grep -m1 '^Fylt ut\|^Siden\|^Profilen' | cut -d. -f1)
  wrong=$(printf '%s\n' "$out" | grep '^wrong:' | awk '{s += $2} END {print s + 0}')
  echo "$form | exit $code | $summary | wrong $wrong"
done
