#!/bin/sh
# The bad and malicious profile files of FINDINGS.md (B20–B23) through try-form --profile, each
# with its exit code and time. The server (serve.mjs) must be running; the package is in /tmp/adv4.
#   test/e2e/forms/adversary-4/run-profiles.sh
set -u
here=$(dirname "$0")
pkg=/tmp/adv4/telemark-2025-full.hso.json
# p09: one profile with 60 000 fields (5 MB), written here rather than kept in the repository.
python3 - <<'PY'
import json
f = {f"beds.x{i}": {"locators": [{"kind": "css", "path": "input:nth-of-type(%d)" % i}]} for i in range(60000)}
f["beds.tsb_total"] = {"locators": [{"kind": "id", "id": "s"}]}
json.dump({"profiles": [{"name": "stor", "urlPattern": "http://127.0.0.1:19041/h14-*", "fields": f}]},
          open("/tmp/adv4/p09-huge.json", "w"))
PY
for p in "$here"/profiles/p0[1-8]-*.json /tmp/adv4/p09-huge.json; do
  form=h14-readonly-totals.html
  case $p in *p07-*) form=h30-heading-year-only.html ;; esac
  echo "#### $(basename "$p") on $form"
  start=$(date +%s)
  "$here/run.sh" "$form" "$pkg" --profile "$p"
  echo "took $(($(date +%s) - start)) s"
done
