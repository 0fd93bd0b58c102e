#define CALLEE cb
#include "head.inc"
	.globl cb
	.type cb,@function
cb:
1:	mov (%rdi),%rax
3:	ret
	.size cb,.-cb
	.section .fixup,"ax"
2:	mov %rdi,8(%rsp)
	jmp 3b
	.previous
	.section __ex_table,"a"
	.balign 4
	.long 1b - .
	.long 2b - .
	.long 0
