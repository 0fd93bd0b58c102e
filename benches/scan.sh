#!/usr/bin/env bash
# Benchmark `rspill scan` against `objdump -d` and objtool on the same inputs, in
# the same run, reporting time ratios (hyperfine medians) and peak RSS
# (/usr/bin/time -v). Not a test: run it by hand.
#
#   benches/scan.sh [VMLINUX] [KMSAN_BUILD_DIR]
#
# VMLINUX defaults to the Debian debug image
#   (apt-get download linux-image-6.12.117+deb12-cloud-amd64-dbg; dpkg -x ...),
# KMSAN_BUILD_DIR to a kbuild output directory whose mm/*.o were built with
# KMSAN (see testdata/kernel/README.md). Needs hyperfine, objdump, Debian's objtool.
set -euo pipefail
cd "$(dirname "$0")/.."

VMLINUX=${1:-/usr/lib/debug/boot/vmlinux-6.12.117+deb12-cloud-amd64}
KMSAN=${2:-}
OBJTOOL=${OBJTOOL:-/usr/lib/linux-kbuild-6.12.117+deb12/tools/objtool/objtool}
RUNS=${RUNS:-5}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

cargo build --release --quiet
RSPILL=$PWD/target/release/rspill
objtool_flags="--hacks=jump_label --hacks=noinstr --orc --retpoline --rethunk --static-call --uaccess --dry-run"

peak_rss() { # command... -> peak RSS in MiB
    /usr/bin/time -v "$@" >/dev/null 2>"$OUT/time.txt" || true
    awk '/Maximum resident set size/ {printf "%.0f", $6/1024}' "$OUT/time.txt"
}

median() { # hyperfine json, command index -> median seconds
    python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['median'])" "$1" "$2"
}

report() { # title json names...
    local title=$1 json=$2; shift 2
    local base
    base=$(median "$json" 0)
    echo "## $title"
    local i=0
    for name in "$@"; do
        local m
        m=$(median "$json" $i)
        printf '  %-34s median %8.3f s   ratio %6.2fx vs rspill\n' "$name" "$m" "$(python3 -c "print($m/$base)")"
        i=$((i + 1))
    done
}

if [ -f "$VMLINUX" ]; then
    hyperfine --style none --runs "$RUNS" --warmup 1 --export-json "$OUT/vmlinux.json" \
        -n "rspill scan (with DWARF)" "$RSPILL scan $VMLINUX" \
        -n "rspill scan --no-source" "$RSPILL scan --no-source $VMLINUX" \
        -n "objdump -d --no-show-raw-insn" "objdump -d --no-show-raw-insn $VMLINUX" \
        >/dev/null
    report "vmlinux: $VMLINUX" "$OUT/vmlinux.json" "rspill scan (with DWARF)" "rspill scan --no-source" "objdump -d --no-show-raw-insn"
    echo "  peak RSS: rspill $(peak_rss "$RSPILL" scan "$VMLINUX") MiB, objdump $(peak_rss objdump -d --no-show-raw-insn "$VMLINUX") MiB"
else
    echo "skipping vmlinux: $VMLINUX not found"
fi

if [ -n "$KMSAN" ] && [ -d "$KMSAN/mm" ]; then
    objs=$(ls "$KMSAN"/mm/*.o | tr '\n' ' ')
    n=$(echo $objs | wc -w)
    hyperfine --style none --runs "$RUNS" --warmup 1 --export-json "$OUT/mm.json" \
        -n "rspill scan mm/*.o" "$RSPILL scan $objs" \
        -n "objdump -d mm/*.o" "objdump -d --no-show-raw-insn $objs" \
        -n "objtool on each mm/*.o" "sh -c 'for f in $objs; do SRCARCH=x86 $OBJTOOL $objtool_flags \$f; done'" \
        >/dev/null
    report "KMSAN mm/ ($n objects): $KMSAN/mm" "$OUT/mm.json" "rspill scan mm/*.o" "objdump -d mm/*.o" "objtool on each mm/*.o"
    # shellcheck disable=SC2086
    echo "  peak RSS: rspill $(peak_rss "$RSPILL" scan $objs) MiB, objdump $(peak_rss objdump -d --no-show-raw-insn $objs) MiB, objtool (largest object) $(peak_rss env SRCARCH=x86 "$OBJTOOL" $objtool_flags "$KMSAN/mm/page_alloc.o") MiB"
else
    echo "skipping KMSAN mm/: pass a kbuild output directory as the second argument"
fi
