#!/usr/bin/env bash
# Rebuild every adversarial object and its recorded objtool output, then
# regenerate and verify truth.tsv.
#
#   X.S -> X.o            clang-19 --target=x86_64-linux-gnu -c X.S -o X.o
#   X.o -> X.objtool.txt  Debian's objtool (6.12.117), run from this directory
#                         with the bare file name; stdout+stderr verbatim
#                         (objtool exits 0 even with warnings)
#   *.S -> truth.tsv      gen_truth.py: offsets of the R(id) marks, checked
#                         against llvm-objdump (see README.md)
#
# Overridable: CLANG (clang-19), OBJTOOL, OBJDUMP (llvm-objdump-19),
# READELF (llvm-readelf-19).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

CLANG=${CLANG:-clang-19}
OBJTOOL=${OBJTOOL:-/usr/lib/linux-kbuild-6.12.117+deb12/tools/objtool/objtool}
export CLANG
export OBJDUMP=${OBJDUMP:-llvm-objdump-19}
export READELF=${READELF:-llvm-readelf-19}

for src in *.S; do
	base=${src%.S}
	"$CLANG" --target=x86_64-linux-gnu -c "$src" -o "$base.o"
	SRCARCH=x86 "$OBJTOOL" --hacks=jump_label --hacks=noinstr --orc --retpoline \
		--rethunk --static-call --uaccess --dry-run "$base.o" \
		>"$base.objtool.txt" 2>&1 || true
done

python3 gen_truth.py
