#!/bin/sh
# Bundles the forms' scripts (src/*.jsx → dist/*.js). FORM=f01 builds one.
cd "$(dirname "$0")/../../../.." && npx rolldown -c test/e2e/forms/adversary-9/rolldown.config.mjs --logLevel warn
