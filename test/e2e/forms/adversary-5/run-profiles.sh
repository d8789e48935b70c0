#!/bin/sh
# The profiles of FINDINGS.md (C22, and C2's profile variant) through try-form --profile.
# The server (serve.mjs) must be running; the package is in /tmp/adv5.
#   test/e2e/forms/adversary-5/run-profiles.sh
set -u
here=$(dirname "$0")
pkg=/tmp/adv5/telemark-2025-full.hso.json
for p in "$here"/profiles/q*.json; do
  case $p in *q01-*) form=k13-shadow-card-title.html ;; *q02-*) form=k16-aaret-foer.html ;; esac
  echo "#### $(basename "$p") on $form"
  "$here/run.sh" "$form" "$pkg" --profile "$p"
done
