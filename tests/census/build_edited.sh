#!/bin/sh
# On demand (about 10 minutes on 2 cores, plus about 15 for BUILDS): apply
# every reorder edit, and separately every frame-address edit, of a kernel
# tree's ASM_CALL_CONSTRAINT statements (examples/asm_census.rs
# --write-STRATEGY) to full copies of the tree, and build arch/x86/ and mm/ of
# each with clang-19 (x86_64 defconfig). With BUILDS (the comma-separated
# build directories verify.sh uses), only the edits that verify are applied.
# Prints the error count of each build; the tree itself is only read.
#
#   tests/census/build_edited.sh TREE WORK [BUILDS]
set -u
tree=$(realpath "$1"); work=$(realpath -m "$2"); builds=${3:-}
repo=$(cd "$(dirname "$0")/../.." && pwd)
cargo build -q --release --manifest-path "$repo/Cargo.toml" --example asm_census
mkdir -p "$work"
for strategy in reorder frame-address; do
	rm -rf "$work/tree-$strategy" && cp -a "$tree" "$work/tree-$strategy"
done
if [ -n "$builds" ]; then
	set -- --verify "$builds"
else
	set --
fi
"$repo/target/release/examples/asm_census" "$tree" "$@" \
	--write-reorder "$work/tree-reorder" --write-frame-address "$work/tree-frame-address" \
	>"$work/census.log"
grep -E '^(verification|files)' "$work/census.log"
for strategy in reorder frame-address; do
	copy="$work/tree-$strategy"; out="$work/out-$strategy"
	echo "$strategy: $(diff -rq --exclude=.git "$tree" "$copy" | wc -l) files edited"
	make -s -C "$copy" O="$out" LLVM=-19 defconfig
	start=$(date +%s)
	make -k -C "$copy" O="$out" LLVM=-19 -j"$(nproc)" arch/x86/ mm/ >"$work/$strategy.log" 2>&1
	echo "$strategy: make exit $?, $(grep -c 'error:' "$work/$strategy.log") errors, $(grep -c 'warning:' "$work/$strategy.log") warnings, $(find "$out/arch/x86" "$out/mm" -name '*.o' | wc -l) objects, $(( $(date +%s) - start )) s"
done
