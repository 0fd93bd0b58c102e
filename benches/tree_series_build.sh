#!/usr/bin/env bash
# Issue #18, must-show 2, on demand (two to three hours on 2 cores; not a test):
# the tree-wide reorder series applied to the whole kernel and built as the
# user's build is, KMSAN and !KMSAN, with kbuild itself (`make vmlinux`, so
# objtool runs on vmlinux.o as in the user's build) and measured with rspill:
#
#   - the series: `rspill suggest --every-statement --series --strategy reorder`;
#   - KMSAN: the user's build (fix_full_build.sh's) is the baseline; the series'
#     tree is built with the same .config; objtool's lines come from each build
#     log, spilled restores from `rspill inventory` of each vmlinux.o;
#   - !KMSAN: the same .config with KMSAN off, the tree and the series' tree
#     built, every object compared function by function (`rspill diff` of the
#     two build directories).
#
#   benches/tree_series_build.sh [WORKDIR]  (default /tmp/rspill-full-build:
#                                            fix_full_build.sh's, built first)
#
# `rspill check` answers the same question but rebuilds the baseline's 2,785
# KMSAN objects too (about 40 minutes more here); this script reuses the build.
# Every build gets a fixed version banner, so only code can differ.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
WORK=${1:-/tmp/rspill-full-build}
SRC=$WORK/linux-source-6.12
OUT=$WORK/out-kmsan
RSPILL=${RSPILL:-$REPO/target/release/rspill}
[ -n "${RSPILL_PREBUILT:-}" ] || cargo build --release --quiet
for f in "$SRC/Makefile" "$OUT/vmlinux.o" "$OUT/.config"; do
    [ -f "$f" ] || { echo "$f: missing: run benches/fix_full_build.sh $WORK first" >&2; exit 2; }
done
export KBUILD_BUILD_TIMESTAMP='Thu Jan  1 00:00:00 UTC 2026' KBUILD_BUILD_USER=rspill \
    KBUILD_BUILD_HOST=rspill KBUILD_BUILD_VERSION=1
JOBS=$(nproc)

timed() { # label command... -> stdout+stderr to WORK/label.txt, then the
          # step's wall time, peak RSS and exit status on stdout
    local label=$1; shift
    /usr/bin/time -v -o "$WORK/$label.time" "$@" >"$WORK/$label.txt" 2>&1 || true
    awk -v l="$label" '/Elapsed \(wall clock\)/ {w=$8} /Maximum resident/ {m=$6}
        /Exit status/ {s=$3} END {printf "%-22s wall %s  peak %.0f MiB  exit %s\n", l, w, m/1024, s}' \
        "$WORK/$label.time"
}

# The series, drafted from the user's build (one mbox: `git apply` takes it whole).
if [ ! -f "$WORK/reorder-series.mbox" ]; then
    timed series "$RSPILL" suggest --tree "$SRC" --build "$OUT" --every-statement --series \
        --strategy reorder --out "$WORK/series" "$OUT/vmlinux.o"
    cat "$WORK"/series/000[1-9]*.patch >"$WORK/reorder-series.mbox"
fi
grep '^Subject:' "$WORK"/series/*.patch

# The series' tree: hard links to the tree, the files the series changes broken
# out first (the tree itself is never written).
STREE=$WORK/tree-series
if [ ! -d "$STREE" ]; then
    cp -al "$SRC" "$STREE.tmp"
    for f in $(sed -n 's|^diff --git a/\([^ ]*\) b/.*|\1|p' "$WORK/reorder-series.mbox" | sort -u); do
        cp --remove-destination "$SRC/$f" "$STREE.tmp/$f"
    done
    git -C "$STREE.tmp" apply --whitespace=nowarn "$WORK/reorder-series.mbox"
    mv "$STREE.tmp" "$STREE"
fi

build() { # label tree out config-file
    local label=$1 tree=$2 out=$3 config=$4
    if [ ! -f "$out/$label.done" ]; then
        mkdir -p "$out"
        cp "$config" "$out/.config"
        make -C "$tree" LLVM=-19 O="$out" olddefconfig >/dev/null
        timed "$label" make -C "$tree" LLVM=-19 O="$out" -j"$JOBS" vmlinux
        touch "$out/$label.done"
    else
        echo "$label: built before"
    fi
    echo "$label: objtool in its log:"
    grep -E '(warning|error): objtool:' "$WORK/$label.txt" || echo "  (none)"
}

# KMSAN: the series built with the user's configuration.
build series-kmsan "$STREE" "$WORK/out-series-kmsan" "$OUT/.config"
for v in "$OUT" "$WORK/out-series-kmsan"; do
    n=$(basename "$v")
    timed "inventory-$n" "$RSPILL" inventory --tree "$SRC" "$v/vmlinux.o"
    head -40 "$WORK/inventory-$n.txt"
done

# !KMSAN: the user's configuration with KMSAN off, both trees.
PLAIN=$WORK/plain.config
cp "$OUT/.config" "$PLAIN"
"$SRC/scripts/config" --file "$PLAIN" -d KMSAN
build plain "$SRC" "$WORK/out-plain" "$PLAIN"
build series-plain "$STREE" "$WORK/out-series-plain" "$PLAIN"
grep -E '^CONFIG_KMSAN' "$WORK/out-plain/.config" "$WORK/out-series-plain/.config" || true
timed diff-plain "$RSPILL" diff "$WORK/out-plain" "$WORK/out-series-plain"
tail -5 "$WORK/diff-plain.txt"
