#!/bin/sh
# The profiles of FINDINGS.md through try-form --profile: each was exported by the options page after
# pointing (point-profile.mjs) and is used on a changed page. The server (serve.mjs) must be running;
# the packages are in /tmp/adv6 (telemark-bemanning-2025.hso.json copied from examples/packages).
#   test/e2e/forms/adversary-6/run-profiles.sh
set -u
here=$(dirname "$0")
echo "#### q01-pointed-2024.json (pointed on q01-bemanning-2024.html) on next year's q01n-bemanning-2025.html"
"$here/run.sh" q01n-bemanning-2025.html /tmp/adv6/telemark-bemanning-2025.hso.json --profile "$here/profiles/q01-pointed-2024.json"
echo "#### q02-k07-pointed.json (pointed on k07-thead-interleaved.html) on the changed q02-k07-changed.html"
"$here/run.sh" q02-k07-changed.html /tmp/adv6/telemark-2025-full.hso.json --profile "$here/profiles/q02-k07-pointed.json"
echo "#### q03-k07-pointed-vestfold.json (k07's pointed profile) on q03-k07-vestfold.html (the same form, Vestfold's)"
"$here/run.sh" q03-k07-vestfold.html /tmp/adv6/telemark-2025-full.hso.json --profile "$here/profiles/q03-k07-pointed-vestfold.json"
