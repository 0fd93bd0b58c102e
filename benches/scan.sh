#!/usr/bin/env bash
# Benchmark `rspill scan` against `objdump -d` and objtool on the same inputs, in
# the same run, reporting time ratios (hyperfine medians) and peak RSS
# (/usr/bin/time -v). Not a test: run it by hand.
#
#   benches/scan.sh [VMLINUX] [KMSAN_BUILD_DIR]
#
# VMLINUX defaults to the Debian debug image
#   (apt-get download linux-image-6.12.117+deb12-cloud-amd64-dbg; dpkg -x ...),
# KMSAN_BUILD_DIR to a kbuild output directory built with KMSAN (see
# testdata/kernel/README.md): its objects against objtool run on each, and its
# vmlinux.o, when linked, against objtool with kbuild's options for it.
# Needs hyperfine, objdump, Debian's objtool. BEFORE=/path/to/an/older/rspill
# adds that binary to each comparison (before/after figures in one run; check
# that both report the same with benches/same_findings.sh).
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
    extra=()
    if [ -n "${BEFORE:-}" ]; then extra=(-n "rspill BEFORE scan (with DWARF)" "$BEFORE scan $VMLINUX"); fi
    hyperfine --style none -i --runs "$RUNS" --warmup 1 --export-json "$OUT/vmlinux.json" \
        -n "rspill scan (with DWARF)" "$RSPILL scan $VMLINUX" \
        -n "rspill scan --no-source" "$RSPILL scan --no-source $VMLINUX" \
        -n "objdump -d --no-show-raw-insn" "objdump -d --no-show-raw-insn $VMLINUX" \
        "${extra[@]}" >/dev/null
    report "vmlinux: $VMLINUX" "$OUT/vmlinux.json" "rspill scan (with DWARF)" "rspill scan --no-source" "objdump -d --no-show-raw-insn" ${BEFORE:+"rspill BEFORE (with DWARF)"}
    if [ -n "${BEFORE:-}" ]; then
        echo "  peak RSS: rspill BEFORE $(peak_rss "$BEFORE" scan "$VMLINUX") MiB"
    fi
    echo "  peak RSS: rspill $(peak_rss "$RSPILL" scan "$VMLINUX") MiB, objdump $(peak_rss objdump -d --no-show-raw-insn "$VMLINUX") MiB"
else
    echo "skipping vmlinux: $VMLINUX not found"
fi

# Every object of the build that objtool would check on its own (not the
# linked vmlinux.o, module glue, host tools).
kmsan_objects() {
    find "$KMSAN" -name '*.o' ! -name 'vmlinux.o' ! -name '*.mod.o' \
        ! -path '*/scripts/*' ! -path '*/tools/*' ! -path '*/.tmp_*' | sort
}

if [ -n "$KMSAN" ] && [ -d "$KMSAN" ]; then
    kmsan_objects > "$OUT/objects.txt"
    n=$(wc -l < "$OUT/objects.txt")
    cat > "$OUT/objtool-each.sh" <<EOS
#!/bin/sh
while read -r f; do SRCARCH=x86 $OBJTOOL $objtool_flags "\$f" 2>/dev/null; done < "$OUT/objects.txt"
exit 0
EOS
    chmod +x "$OUT/objtool-each.sh"
    extra=()
    if [ -n "${BEFORE:-}" ]; then extra=(-n "rspill BEFORE (objects)" "$BEFORE scan \$(cat $OUT/objects.txt)"); fi
    hyperfine --style none -i --runs "$RUNS" --warmup 1 --export-json "$OUT/objects.json" \
        -n "rspill scan (objects)" "$RSPILL scan \$(cat $OUT/objects.txt)" \
        -n "objtool on each object" "$OUT/objtool-each.sh" \
        "${extra[@]}" >/dev/null
    report "KMSAN objects ($n): $KMSAN" "$OUT/objects.json" "rspill scan (objects)" "objtool on each object" ${BEFORE:+"rspill BEFORE (objects)"}
    # shellcheck disable=SC2046
    echo "  peak RSS: rspill $(peak_rss "$RSPILL" scan $(cat "$OUT/objects.txt")) MiB"
else
    echo "skipping KMSAN objects: pass a kbuild output directory as the second argument"
fi

# The linked vmlinux.o of that build, against objtool with the options kbuild
# ran it with (read from .vmlinux.o.cmd; --dry-run so the file stays as it is).
VMLINUX_O=${KMSAN:+$KMSAN/vmlinux.o}
if [ -n "$VMLINUX_O" ] && [ -f "$VMLINUX_O" ] && [ -f "$KMSAN/.vmlinux.o.cmd" ]; then
    args=$(grep -o 'tools/objtool/objtool [^;]*' "$KMSAN/.vmlinux.o.cmd" | head -1 |
        sed -e 's|^tools/objtool/objtool ||' -e 's| vmlinux.o$||')
    extra=()
    if [ -n "${BEFORE:-}" ]; then extra=(-n "rspill BEFORE vmlinux.o" "$BEFORE scan $VMLINUX_O"); fi
    hyperfine --style none -i --runs "$RUNS" --warmup 1 --export-json "$OUT/vmlinux_o.json" \
        -n "rspill scan vmlinux.o (with DWARF)" "$RSPILL scan $VMLINUX_O" \
        -n "rspill scan --no-source vmlinux.o" "$RSPILL scan --no-source $VMLINUX_O" \
        -n "objtool $args --dry-run" "sh -c 'SRCARCH=x86 $OBJTOOL $args --dry-run $VMLINUX_O; exit 0'" \
        -n "objdump -d vmlinux.o" "objdump -d --no-show-raw-insn $VMLINUX_O" \
        "${extra[@]}" >/dev/null
    report "KMSAN vmlinux.o: $VMLINUX_O" "$OUT/vmlinux_o.json" "rspill scan (with DWARF)" "rspill scan --no-source" "objtool (kbuild's vmlinux.o options)" "objdump -d" ${BEFORE:+"rspill BEFORE (with DWARF)"}
    if [ -n "${BEFORE:-}" ]; then
        echo "  peak RSS: rspill BEFORE $(peak_rss "$BEFORE" scan "$VMLINUX_O") MiB"
    fi
    echo "  peak RSS: rspill $(peak_rss "$RSPILL" scan "$VMLINUX_O") MiB, objtool $(peak_rss env SRCARCH=x86 "$OBJTOOL" $args --dry-run "$VMLINUX_O") MiB"
else
    echo "skipping KMSAN vmlinux.o: no vmlinux.o with .vmlinux.o.cmd in the build directory"
fi
