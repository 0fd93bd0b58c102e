#!/bin/sh
# On demand (about 40 minutes on 2 cores): apply every reorder edit, and
# separately every frame-address edit, of a kernel tree's ASM_CALL_CONSTRAINT
# statements (examples/asm_census.rs --write-STRATEGY) to full copies of the
# tree, and build arch/x86/ and mm/ of each with clang-19 (x86_64 defconfig).
# Prints the error count of each build; the tree itself is only read.
#
#   tests/census/build_edited.sh TREE WORK
set -u
tree=$(realpath "$1"); work=$(realpath -m "$2")
repo=$(cd "$(dirname "$0")/../.." && pwd)
cargo build -q --release --manifest-path "$repo/Cargo.toml" --example asm_census
for strategy in reorder frame-address; do
	copy="$work/tree-$strategy"; out="$work/out-$strategy"
	rm -rf "$copy" && mkdir -p "$work" && cp -a "$tree" "$copy"
	"$repo/target/release/examples/asm_census" "$tree" --write-$strategy "$copy" | tail -1
	make -s -C "$copy" O="$out" LLVM=-19 defconfig
	start=$(date +%s)
	make -k -C "$copy" O="$out" LLVM=-19 -j"$(nproc)" arch/x86/ mm/ >"$work/$strategy.log" 2>&1
	echo "$strategy: make exit $?, $(grep -c 'error:' "$work/$strategy.log") errors, $(grep -c 'warning:' "$work/$strategy.log") warnings, $(find "$out/arch/x86" "$out/mm" -name '*.o' | wc -l) objects, $(( $(date +%s) - start )) s"
done
