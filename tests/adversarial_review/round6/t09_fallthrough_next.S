#define CALLEE cb
#include "head.inc"
	.text
	.globl cb
	.type cb,@function
cb:
	nop
	.size cb,.-cb

	.text
	.globl nxt
	.type nxt,@function
nxt:
	mov %rdi,8(%rsp)
	ret
	.size nxt,.-nxt

