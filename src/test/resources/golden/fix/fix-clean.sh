#!/bin/sh
# kernlint fix script, written by kernlint @VERSION@ (kernlint fix --format script)
# From the audit of snapshot src/test/resources/snapshots/fix-clean (host app7, kernel 6.8.0-45-generic, collected 2025-06-02T09:00:00Z)
#
# Nothing to change: no finding with a generated fix.

printf 'kernlint-fix: %s\n' 'nothing to change'
