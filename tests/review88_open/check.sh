#!/bin/sh
# Which of blind review 88's open cases rspill still claims (see README.md).
#   tests/review88_open/check.sh [RSPILL]
# Builds each case into a scratch directory (nothing is written here) and
# prints CLAIM or refused per case; exit 1 if any is still claimed.
set -eu
RSPILL=${1:-rspill}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
for s in "$here"/*.S; do
    n=$(basename "$s")
    clang-19 -c "$s" -o "$tmp/${n%.*}.o"
done
claimed=0
for case in andalign xlat alloca btleak xjump depthloop callhelper ptrhelper; do
    v=$("$RSPILL" scan --no-source --format json "$tmp/$case.o" 2>/dev/null |
        /usr/bin/python3 -c 'import sys, json
r = [d for d in map(json.loads, sys.stdin) if d.get("type") == "finding"]
print("CLAIM" if any(d["restore_redundant"] for d in r) else "refused")')
    echo "$v $case"
    [ "$v" = CLAIM ] && claimed=$((claimed + 1))
done
echo "still claimed: $claimed"
[ "$claimed" -eq 0 ]
