#!/bin/sh
# The bad and malicious profile files of FINDINGS.md (B20–B23) through try-form --profile, each
# with its exit code and time. The server (serve.mjs) must be running; the package is in /tmp/adv4.
#   test/e2e/forms/adversary-4/run-profiles.sh
# PORT (default 19041) is the server's port: the profiles' patterns name 19041, so with another
# port they are copied into WORK_DIR with the port changed. PKG_DIR (default /tmp/adv4) holds the
# package; WORK_DIR (default $PKG_DIR) gets p09-huge.json and those copies.
set -u
here=$(dirname "$0")
port=${PORT:-19041}
pkgdir=${PKG_DIR:-/tmp/adv4}
work=${WORK_DIR:-$pkgdir}
mkdir -p "$work"
pkg=$pkgdir/telemark-2025-full.hso.json
# p09: one profile with 60 000 fields (5 MB), written here rather than kept in the repository.
python3 - "$work/p09-huge.json" "$port" <<'PY'
import json, sys
f = {f"beds.x{i}": {"locators": [{"kind": "css", "path": "input:nth-of-type(%d)" % i}]} for i in range(60000)}
f["beds.tsb_total"] = {"locators": [{"kind": "id", "id": "s"}]}
json.dump({"profiles": [{"name": "stor", "urlPattern": "http://127.0.0.1:%s/h14-*" % sys.argv[2], "fields": f}]},
          open(sys.argv[1], "w"))
PY
for p in "$here"/profiles/p0[1-8]-*.json "$work/p09-huge.json"; do
  form=h14-readonly-totals.html
  case $p in *p07-*) form=h30-heading-year-only.html ;; esac
  if [ "$port" != 19041 ] && [ "$(dirname "$p")" != "$work" ]; then
    sed "s/127\.0\.0\.1:19041/127.0.0.1:$port/g" "$p" > "$work/$(basename "$p")"
    p=$work/$(basename "$p")
  fi
  echo "#### $(basename "$p") on $form"
  start=$(date +%s)
  "$here/run.sh" "$form" "$pkg" --profile "$p"
  echo "took $(($(date +%s) - start)) s"
done
