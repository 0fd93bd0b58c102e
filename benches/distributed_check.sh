#!/usr/bin/env bash
# Issue #18, on demand (about 40 min on 2 cores; root; not a test): `rspill fix`
# on mm/memory.o of the reproduction with its builds through kbuild's own CC=
# wrappers, no builder of rspill's own:
#   1. plain local builds;
#   2. distcc to HOSTS distccd hosts, each in a network namespace of its own on
#      this machine (10.213.N.2, reached over a veth pair), so every job that
#      goes remote crosses a network link and shows in that host's log;
#   3. ccache in front of distcc (CCACHE_PREFIX=distcc), cold, then
#   4. the same again, warm.
# It prints the wall time of each run, the compile jobs each distccd host ran
# (its log), ccache's hit rate per run, and the per-object cost from which the
# gain of N real hosts is estimated.
#
#   benches/distributed_check.sh [WORKDIR]      (default /tmp/rspill-distcc)
#   HOSTS=3 benches/distributed_check.sh ...    (default 2)
#
# Needs: distcc, ccache, iproute2 and what tests/kernel_fix.rs needs. The
# namespaces and daemons are removed on exit, also on failure and Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
WORK=${1:-/tmp/rspill-distcc}
HOSTS=${HOSTS:-2}
TARBALL=/usr/src/linux-source-6.12.tar.xz
SRC=$WORK/linux-source-6.12
OUT=$WORK/out-kmsan
mkdir -p "$WORK"

for tool in distcc distccd ccache ip clang-19; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
cargo build --release --quiet
RSPILL=$REPO/target/release/rspill

# --- the distccd hosts -------------------------------------------------------
cleanup() {
    # distccd drops to `nobody` before it writes its pid file, which it then
    # cannot create here: stop every process in the host's namespace instead
    # (deleting a namespace leaves its processes running).
    for i in $(seq 1 "$HOSTS"); do
        # shellcheck disable=SC2046
        kill $(ip netns pids "rspill-dcc$i" 2>/dev/null) 2>/dev/null || true
        ip netns del "rspill-dcc$i" 2>/dev/null || true
        ip link del "rspill-v$i" 2>/dev/null || true
    done
}
trap cleanup EXIT INT TERM
cleanup
hosts=()
for i in $(seq 1 "$HOSTS"); do
    ns=rspill-dcc$i
    ip netns add "$ns"
    ip link add "rspill-v$i" type veth peer name eth0 netns "$ns"
    ip addr add "10.213.$i.1/24" dev "rspill-v$i"
    ip link set "rspill-v$i" up
    ip netns exec "$ns" ip addr add "10.213.$i.2/24" dev eth0
    ip netns exec "$ns" ip link set eth0 up
    ip netns exec "$ns" ip link set lo up
    : >"$WORK/distccd-$i.log"
    chmod 666 "$WORK/distccd-$i.log"
    # --enable-tcp-insecure: run clang-19 without Debian's masquerade
    # whitelist (the hosts are this machine's own namespaces).
    ip netns exec "$ns" distccd --daemon --user nobody --enable-tcp-insecure \
        --allow 10.213.0.0/16 --listen "10.213.$i.2" --jobs 2 \
        --log-file "$WORK/distccd-$i.log" --log-level info
    hosts+=("10.213.$i.2/2")
done
sleep 1
export DISTCC_HOSTS="${hosts[*]}"
# distcc adds `-target` to clang's command (its cross-compiling rewrite);
# kbuild already passes --target and makes unused arguments errors, so every
# remote job failed and ran locally instead. Keep the command as kbuild made
# it, and do not back off a host after a failure.
export DISTCC_NO_REWRITE_CROSS=1 DISTCC_BACKOFF_PERIOD=0
echo "distcc hosts: $DISTCC_HOSTS"

# --- the tree and the failing object ------------------------------------------
if [ ! -d "$SRC" ]; then
    tar -C "$WORK" -xf "$TARBALL"
    patch -d "$SRC" -p1 -s -i "$REPO/testdata/kernel/folio-zero-user-2026.patch"
fi
if [ ! -f "$OUT/mm/memory.o" ]; then
    make -C "$SRC" LLVM=-19 O="$OUT" defconfig >/dev/null
    "$SRC/scripts/config" --file "$OUT/.config" -e KMSAN -e KCOV \
        -e DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT -d DEBUG_INFO_NONE
    make -C "$SRC" LLVM=-19 O="$OUT" olddefconfig >/dev/null
    make -C "$SRC" LLVM=-19 O="$OUT" -j"$(nproc)" prepare >/dev/null
    make -C "$SRC" LLVM=-19 O="$OUT" -j"$(nproc)" mm/memory.o >/dev/null
fi

# --- the runs -----------------------------------------------------------------
remote_jobs() { # host index -> compile jobs its log records as done
    grep -c 'COMPILE_OK' "$WORK/distccd-$1.log" || true
}
run() { # label, then rspill fix arguments
    local label=$1; shift
    local before=()
    for i in $(seq 1 "$HOSTS"); do before+=("$(remote_jobs "$i")"); done
    rm -rf "$WORK/$label"
    mkdir -p "$WORK/$label"
    /usr/bin/time -v -o "$WORK/$label/time" "$RSPILL" fix --no-gcc --drafts "$WORK/$label/drafts" \
        --logs "$WORK/$label/logs" --scratch "$WORK" "$@" "$OUT/mm/memory.o" >"$WORK/$label/fix.txt" 2>&1 || true
    local wall
    wall=$(awk '/Elapsed \(wall clock\)/ {print $8}' "$WORK/$label/time")
    local per_host=""
    for i in $(seq 1 "$HOSTS"); do
        per_host+=" host$i=$(( $(remote_jobs "$i") - ${before[$((i - 1))]} ))"
    done
    local compiled
    compiled=$(cat "$WORK/$label/logs"/*.log 2>/dev/null | grep -cE '^  (CC|AS) ' || true)
    printf '%-16s wall %-9s  kbuild CC/AS lines %-5s  distccd jobs:%s\n' \
        "$label" "$wall" "$compiled" "$per_host"
    grep -E '^(recommendation|time):' "$WORK/$label/fix.txt" | sed 's/^/    /' || true
}

export KBUILD_BUILD_TIMESTAMP=''
# distcc compiles the preprocessed unit remotely: there clang finds the
# preprocessor's `-fmacro-prefix-map` unused, and warns about code that came
# from macros (`expression result unused`), which it does not in the
# unpreprocessed unit; kbuild's -Werror makes both errors. Neither option
# changes code. (This KCFLAGS replaces the path map rspill gives by default;
# mm/memory.o's comparison is of code, which that map does not reach.)
# With this, a `check` through one host (2026-12-04) compiled every job of
# rspill's scratch trees remotely, mm/memory.c included (an earlier session
# saw COMPILE_ERROR for those in the distccd logs, then local fallbacks: look
# there first if a run's per-host counts are low).
remote=(--make-arg 'KCFLAGS=-Wno-unused-command-line-argument -Wno-error')
run local -j2 "${remote[@]}"
run distcc -j8 --cc 'distcc clang-19' "${remote[@]}"

# ccache: one cache for both runs; scratch trees differ per run, so paths are
# made relative to the work directory and the cwd is not hashed.
export CCACHE_DIR=$WORK/ccache CCACHE_BASEDIR=$WORK CCACHE_NOHASHDIR=1 CCACHE_PREFIX=distcc
rm -rf "$CCACHE_DIR"
for pass in cold warm; do
    ccache -z >/dev/null
    run "ccache-$pass" -j8 --cc 'ccache clang-19' "${remote[@]}"
    ccache --print-stats | awk -F'\t' -v p="$pass" '
        $1 == "direct_cache_hit" || $1 == "preprocessed_cache_hit" { hit += $2 }
        $1 == "cache_miss" { miss += $2 }
        END { t = hit + miss; printf "    ccache %s: %d hits, %d misses (%.0f%% hits)\n", p, hit, miss, t ? 100 * hit / t : 0 }'
done

# The per-object cost that N real hosts would divide: each remote job's
# compile time as its distccd logged it (these hosts share this machine's
# cores, so they show that distribution works, not what it gains).
echo "remote compile time per source (distccd logs, every run):"
grep -h COMPILE_OK "$WORK"/distccd-*.log | sed -E 's/.*time:([0-9]+)ms [^ ]+ (.*)/\2 \1/' |
    awk '{ s[$1] += $2; n[$1]++ } END { for (k in s) printf "  %-40s %3d jobs, mean %6.0f ms\n", k, n[k], s[k] / n[k] }' |
    sort -k5,5nr
echo "per-host logs: $WORK/distccd-*.log; each run's output and kbuild logs: $WORK/<run>/"
