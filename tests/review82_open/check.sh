#!/bin/sh
# Which of blind review 82's open cases rspill still claims (see README.md).
#   tests/review82_open/check.sh [RSPILL]
# Builds each case into a scratch directory (nothing is written here) and
# prints CLAIM or refused per case; exit 1 if any is still claimed.
set -eu
RSPILL=${1:-rspill}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
claimed=0
verdict() { # objects...: CLAIM when victim's restore is claimed redundant
    "$RSPILL" scan --no-source --format json "$@" 2>/dev/null |
        /usr/bin/python3 -c 'import sys, json
r = [d for d in map(json.loads, sys.stdin) if d.get("type") == "finding" and d["function"] == "victim"]
print("CLAIM" if any(d["restore_redundant"] for d in r) else "refused")'
}
for s in "$here"/below_stack/*.S "$here"/in_memory/*.S; do
    o="$tmp/$(basename "$s" .S).o"
    clang-19 -c "$s" -o "$o"
    v=$(verdict "$o")
    echo "$v ${s#$here/}"
    [ "$v" = CLAIM ] && claimed=$((claimed + 1))
done
for a in "$here"/across_inputs/*_a.S; do
    b=${a%_a.S}_b.S
    clang-19 -c "$a" -o "$tmp/a.o"
    clang-19 -c "$b" -o "$tmp/b.o"
    v=$(verdict "$tmp/a.o" "$tmp/b.o")
    echo "$v ${a#$here/} + $(basename "$b")"
    [ "$v" = CLAIM ] && claimed=$((claimed + 1))
done
echo "still claimed: $claimed"
[ "$claimed" -eq 0 ]
