#!/bin/sh
# The twins of FINDINGS.md's WRONG forms (the same form where the figures should be filled), one
# summary line each, as run-all.sh prints them. The server (serve.mjs) must be running.
#   test/e2e/forms/adversary-10/run-twins.sh "form.html?year=2025" …
set -u
here=$(dirname "$0")
for form in "$@"; do
  case $form in
    u*) pkg=/tmp/adv10/activity-telemark-2025.hso.json ;;
    *) pkg=/tmp/adv10/telemark-2025-full.hso.json ;;
  esac
  out=$("$here/run.sh" "$form" "$pkg" 2>&1)
  code=$(printf '%s\n' "$out" | sed -n 's/^exit //p')
  summary=$(printf '%s\n' "$out" | grep -m1 '^Fylt ut\|^Siden\|^Profilen' | cut -d. -f1)
  wrong=$(printf '%s\n' "$out" | grep '^wrong:' | awk '{s += $2} END {print s + 0}')
  ok=$(printf '%s\n' "$out" | grep -c '| ok |')
  echo "$form | exit $code | $summary | wrong $wrong | ok $ok"
done
