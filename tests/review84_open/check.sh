#!/bin/sh
# Which of blind review 84's open cases rspill still claims (see README.md).
#   tests/review84_open/check.sh [RSPILL]
# Builds each case into a scratch directory (nothing is written here) and
# prints CLAIM or refused per case; exit 1 if any is still claimed.
set -eu
RSPILL=${1:-rspill}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
for s in "$here"/*.s "$here"/*.S; do
    n=$(basename "$s")
    clang-19 -c "$s" -o "$tmp/${n%.*}.o"
done
clang-19 -O2 -c "$here/c1_2.c" -o "$tmp/c1_2.o"
claimed=0
for case in a16 b01 b02 b41 c16 a19 c1_2 \
    "e04 e_vic e04d" "e10 e_vic" "h_j e_vic h_drv"; do
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
