#define CALLEE cb
#include "head.inc"
	.text
	.globl cb
	.type cb,@function
cb:
	nop
	mov %rdi,8(%rsp)
	ret
	.size cb,1

