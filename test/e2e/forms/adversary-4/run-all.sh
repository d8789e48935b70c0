#!/bin/sh
# Every form of FINDINGS.md through run.sh, one summary line each: exit code, try-form's summary,
# and how many of the page's controls got a value not theirs ("wrong"). Activity forms get the
# activity package. The server (serve.mjs) must be running.
#   test/e2e/forms/adversary-4/run-all.sh [form-glob]   (default h*.html, frame parts left out)
set -u
here=$(dirname "$0")
for f in "$here"/${1:-h*.html}; do
  form=$(basename "$f")
  case $form in h18-part-*) continue ;; esac
  pkg=/tmp/adv4/telemark-2025-full.hso.json
  case $form in h13-* | h15-* | h36-*) pkg=/tmp/adv4/activity-telemark-2025.hso.json ;; esac
  out=$("$here/run.sh" "$form" "$pkg" 2>&1)
  code=$(printf '%s\n' "$out" | sed -n 's/^exit //p')
  summary=$(printf '%s\n' "$out" | grep -m1 '^Fylt ut\|^Siden\|^Profilen' | cut -d. -f1)
  wrong=$(printf '%s\n' "$out" | grep '^wrong:' | awk '{s += $2} END {print s + 0}')
  echo "$form | exit $code | $summary | wrong $wrong"
done
