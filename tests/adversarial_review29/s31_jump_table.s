# f(0) jumps through its table to .Lc0 with %rax = g, adds 5 and calls k;
# in address order .Lc0 follows .Lc1's `xor %eax,%eax; ret`.
.include "victim_g.inc"
# Read as compiled code (a hand-written indirect jump is refused anyway).
	.ident "clang version 19.1.7"
	.type k,@function
k:	call *%rax
	ret
	.size k,.-k
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	jmp *.Ltab(,%rdi,8)
.Lc1:	xor %eax,%eax
	ret
.Lc0:	add $5,%rax
	call k
	ret
	.size f,.-f
	.section .rodata
	.balign 8
.Ltab:	.quad .Lc0
	.quad .Lc1
