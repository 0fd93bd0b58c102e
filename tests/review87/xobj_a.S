/* The BUG is named by the global jumper_ud2, which xobj_b's __bug_table
   lists as a WARN. */
#define GLOBAL_TRAP
#include "trap.inc"
	mov (%rsp),%rax
	add $16,%rsp
	jmp *%rax
#include "trap_end.inc"
