/* The same, the fixup a landing pad after a return. */
#include "trap.inc"
	.pushsection __ex_table,"a"
	.balign 4
	.long 2b - .
	.long 5f - .
	.long 1
	.popsection
	add $16,%rsp
	ret
5:	mov (%rsp),%rax
	add $16,%rsp
	jmp *%rax
#include "trap_end.inc"
