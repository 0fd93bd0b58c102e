# An __ex_table of 8 bytes, no whole number of 12-byte entries: objtool
# stops there (`__ex_table size not a multiple of 12`) and checks no more,
# so spill_once's own line is never printed: rspill makes no prediction.

#include "spill_once.inc"

	.section __ex_table, "a"
	.balign	4
	.long	spill_once - .
	.long	spill_once + 4 - .
