#!/bin/sh
# Which of blind review 86's open cases rspill still claims (see README.md).
#   tests/review86_open/check.sh [RSPILL]
# Builds each case into a scratch directory (nothing is written here) and
# prints CLAIM or refused per case; exit 1 if any is still claimed.
set -eu
RSPILL=${1:-rspill}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
for s in "$here"/*.s "$here"/*.S; do
    n=$(basename "$s"); clang-19 -c "$s" -o "$tmp/${n%.*}.o"
done
clang-19 -O2 -c "$here/c1.c" -o "$tmp/c1.o"
claimed=0
for case in w3 x4 x1 z1 q8 q9 q10 w2 x3 x5 x4c y4 q7 c1 "m_a mb3" "m_a mb4"; do
    objs=""
    for o in $case; do objs="$objs $tmp/$o.o"; done
    # shellcheck disable=SC2086
    v=$("$RSPILL" scan --no-source --format json $objs 2>/dev/null |
        /usr/bin/python3 -c 'import sys, json
r = [d for d in map(json.loads, sys.stdin) if d.get("type") == "finding"]
print("CLAIM" if any(d["restore_redundant"] for d in r) else "refused")')
    echo "$v $case"
    [ "$v" = CLAIM ] && claimed=$((claimed + 1))
done
echo "still claimed: $claimed"
[ "$claimed" -eq 0 ]
