#!/bin/sh
# On demand (about two hours on 2 cores): #20's "!KMSAN codegen unchanged" on
# a whole kernel. Builds the tree's x86_64 defconfig `vmlinux.o` with clang-19
# twice, without and with a draft mail from `rspill suggest` (applied to a copy
# of the tree with `git apply`), then runs `rspill diff` on the two
# `vmlinux.o` files and on the two build directories, and prints every
# function that is not identical (kernel tables included). The tree is only
# read; WORK keeps the copies and builds, so a second run only diffs.
#
#   tests/census/diff_defconfig.sh TREE DRAFT.patch WORK
set -eu
tree=$(realpath "$1"); draft=$(realpath "$2"); work=$(realpath -m "$3")
repo=$(cd "$(dirname "$0")/../.." && pwd)
cargo build -q --release --manifest-path "$repo/Cargo.toml"
rspill="$repo/target/release/rspill"
mkdir -p "$work"
[ -d "$work/tree-edited" ] || {
	cp -a "$tree" "$work/tree-edited"
	git -C "$work/tree-edited" apply "$draft" 2>/dev/null ||
		(cd "$work/tree-edited" && patch -p1 <"$draft")
}
for side in base edited; do
	src=$tree; [ $side = edited ] && src=$work/tree-edited
	out="$work/out-$side"
	if [ ! -f "$out/vmlinux.o" ]; then
		make -s -C "$src" O="$out" LLVM=-19 defconfig
		start=$(date +%s)
		make -C "$src" O="$out" LLVM=-19 -j"$(nproc)" vmlinux >"$work/$side.log" 2>&1
		echo "$side: built in $(( $(date +%s) - start )) s"
	fi
done
echo "## vmlinux.o"
"$rspill" diff "$work/out-base/vmlinux.o" "$work/out-edited/vmlinux.o" || true
echo "## every object of the two build directories"
"$rspill" diff "$work/out-base" "$work/out-edited" || true
