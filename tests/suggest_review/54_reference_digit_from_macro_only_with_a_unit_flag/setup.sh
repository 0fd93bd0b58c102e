# a kbuild-like build in the tree: one .cmd file per unit of ./units
bash "$(dirname "$0")/../kbuild_units.sh" include/asm/op.h include/asm/asm.h
