	.include "r40_c04.s"
	.text
	.globl entry
	.type entry,@function
entry:	call g
	ret
	.size entry,.-entry
