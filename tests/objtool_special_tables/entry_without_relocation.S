# An __ex_table entry whose site field has no relocation (the assembler
# resolved it: both ends in the table's own section). objtool stops at it
# (`__ex_table+0x0: can't find orig reloc`) and checks nothing else, so
# spill_once's own line is never printed: rspill makes no prediction.

#include "spill_once.inc"

	.section __ex_table, "a"
	.balign	4
	.long	0, 0, 0
