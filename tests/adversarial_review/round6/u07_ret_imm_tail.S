#define CALLEE cb
#include "head.inc"
	.text
	.globl cb
	.type cb,@function
cb:
	jmp cb2
	.size cb,.-cb

	.text
	.globl cb2
	.type cb2,@function
cb2:
	ret $16
	.size cb2,.-cb2

