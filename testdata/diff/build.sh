#!/usr/bin/env bash
# Build the diff fixtures: each variant of base.c with the same flags.
# The tests build them at test time into a scratch directory:
#   testdata/diff/build.sh OUTDIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here}
CLANG=${CLANG:-clang-19}
for src in base comments onechange reordered renamed twoclones; do
	"$CLANG" --target=x86_64-linux-gnu -O2 -g -mno-red-zone -mcmodel=kernel -fno-pic \
		-ffreestanding -fno-builtin -c "$here/$src.c" -o "$out/$src.o"
done
