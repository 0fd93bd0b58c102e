#!/usr/bin/env bash
# Benchmark `rspill diff` against `objdump -d` of both inputs, in the same run
# (hyperfine medians, ratios) with peak RSS. Not a test: run it by hand.
#
#   benches/diff.sh [VMLINUX] [TREE_A/mm TREE_B/mm]
#
# VMLINUX is compared with itself (Debian's debug image by default); the two
# directories are two kbuild output trees' mm/ (e.g. two configs of one kernel).
set -euo pipefail
cd "$(dirname "$0")/.."

VMLINUX=${1:-/usr/lib/debug/boot/vmlinux-6.12.117+deb12-cloud-amd64}
A=${2:-}
B=${3:-}
RUNS=${RUNS:-5}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
cargo build --release --quiet
RSPILL=$PWD/target/release/rspill

ratio() { # json -> "rspill median, objdump median, ratio"
    python3 -c "
import json,sys
r=json.load(open(sys.argv[1]))['results']
a,b=r[0]['median'],r[1]['median']
print(f'  rspill diff {a:.3f} s, objdump -d of both {b:.3f} s: rspill is {b/a:.1f}x faster')" "$1"
}
peak_rss() {
    /usr/bin/time -v "$@" >/dev/null 2>"$OUT/time.txt" || true
    awk '/Maximum resident set size/ {printf "%.0f", $6/1024}' "$OUT/time.txt"
}

if [ -f "$VMLINUX" ]; then
    hyperfine --style none --runs "$RUNS" --warmup 1 -i --export-json "$OUT/v.json" \
        "$RSPILL diff $VMLINUX $VMLINUX" \
        "sh -c 'objdump -d --no-show-raw-insn $VMLINUX; objdump -d --no-show-raw-insn $VMLINUX'" >/dev/null
    echo "## vmlinux against itself: $VMLINUX"
    ratio "$OUT/v.json"
    echo "  peak RSS: rspill $(peak_rss "$RSPILL" diff "$VMLINUX" "$VMLINUX") MiB"
fi
if [ -n "$A" ] && [ -d "$A" ] && [ -d "$B" ]; then
    hyperfine --style none --runs "$RUNS" --warmup 1 -i --export-json "$OUT/t.json" \
        "$RSPILL diff $A $B" \
        "sh -c 'objdump -d --no-show-raw-insn \$(find $A $B -name \"*.o\")'" >/dev/null
    echo "## build trees: $A vs $B ($(find "$A" -name '*.o' | wc -l) + $(find "$B" -name '*.o' | wc -l) objects)"
    ratio "$OUT/t.json"
    echo "  peak RSS: rspill $(peak_rss "$RSPILL" diff "$A" "$B") MiB"
fi
