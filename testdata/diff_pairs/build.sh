#!/usr/bin/env bash
# Build every pair under this directory into OUT/<pair>/{a,b}.o with clang-19.
# Usage: build.sh OUTDIR        (never writes into the source tree)
set -euo pipefail

if [ $# -ne 1 ]; then
	echo "usage: $0 OUTDIR" >&2
	exit 2
fi
SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(realpath -m -- "$1")"
case "$OUT/" in
"$SRC"/*) echo "refusing to build inside the source tree: $OUT" >&2; exit 2 ;;
esac
mkdir -p "$OUT"

CLANG="${CLANG:-clang-19}"
ASFLAGS=(--target=x86_64-linux-gnu -c)
CFLAGS=(--target=x86_64-linux-gnu -O2 -c -fno-asynchronous-unwind-tables)

n=0
for dir in "$SRC"/*/; do
	pair="$(basename "$dir")"
	# tools/: the ELF editors some pairs' post.sh use, not a pair.
	[ "$pair" = tools ] && continue
	mkdir -p "$OUT/$pair"
	for side in a b; do
		if [ -f "$dir/${side}_2.s" ]; then
			# two parts joined by a partial link (same-named statics)
			"$CLANG" "${ASFLAGS[@]}" "$dir/$side.s" -o "$OUT/$pair/${side}_1.tmp.o"
			"$CLANG" "${ASFLAGS[@]}" "$dir/${side}_2.s" -o "$OUT/$pair/${side}_2.tmp.o"
			"$CLANG" --target=x86_64-linux-gnu -fuse-ld=lld -nostdlib -Wl,--build-id=none -r \
				"$OUT/$pair/${side}_1.tmp.o" "$OUT/$pair/${side}_2.tmp.o" -o "$OUT/$pair/$side.o"
		elif [ -f "$dir/$side.s" ]; then
			"$CLANG" "${ASFLAGS[@]}" "$dir/$side.s" -o "$OUT/$pair/$side.o"
		elif [ -f "$dir/$side.c" ]; then
			"$CLANG" "${CFLAGS[@]}" "$dir/$side.c" -o "$OUT/$pair/$side.o"
		else
			echo "$pair: no $side.s or $side.c" >&2
			exit 1
		fi
		# An edit no assembler makes (SHT_REL, a renamed symbol), on both sides.
		if [ -f "$dir/post.sh" ]; then
			bash "$dir/post.sh" "$OUT/$pair/$side.o"
		fi
	done
	n=$((n + 1))
done
echo "built $n pairs into $OUT"
