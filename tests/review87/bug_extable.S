/* The BUG has an __ex_table entry whose fixup is the next instruction:
   do_error_trap applies it before it kills the task. */
#include "trap.inc"
	.pushsection __ex_table,"a"
	.balign 4
	.long 2b - .
	.long 3f - .
	.long 1
	.popsection
3:	mov (%rsp),%rax
	add $16,%rsp
	jmp *%rax
#include "trap_end.inc"
