#!/usr/bin/env bash
# Whether a change to scan keeps every result: two rspill binaries (before and
# after) scan the same inputs, and their JSON reports must be byte-identical.
# For speed work (#16), whose claim is "faster, same findings". Not a test: run
# it by hand on the real inputs (a whole vmlinux, a KMSAN build's objects and
# its vmlinux.o, the test objects).
#
#   benches/same_findings.sh BEFORE_BIN AFTER_BIN INPUT...
#
# An input is a file or a directory (scanned as scan takes it). Prints one line
# per input: the findings count and "same", or the first lines of the diff.
set -uo pipefail
[ $# -ge 3 ] || { sed -n '2,11p' "$0"; exit 2; }
before=$1 after=$2; shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for input in "$@"; do
    "$before" scan --format json --explain "$input" >"$out/before.json" 2>"$out/before.err"
    b=$?
    "$after" scan --format json --explain "$input" >"$out/after.json" 2>"$out/after.err"
    a=$?
    n=$(grep -o '"kind":' "$out/after.json" | wc -l)
    if [ "$a" = "$b" ] && cmp -s "$out/before.json" "$out/after.json" &&
        cmp -s "$out/before.err" "$out/after.err"; then
        printf '%-60s %6d findings  exit %s  same\n' "$input" "$n" "$a"
    else
        printf '%-60s exit %s -> %s  DIFFERENT\n' "$input" "$b" "$a"
        diff <(python3 -m json.tool "$out/before.json") <(python3 -m json.tool "$out/after.json") | head -20
        diff "$out/before.err" "$out/after.err" | head -5
        status=1
    fi
done
exit $status
