# f's load faults with %rax = g; the exception table continues in h's
# middle, which adds 5 and calls k.
.include "victim_g.inc"
	.type k,@function
k:	call *%rax
	ret
	.size k,.-k
	.type h,@function
h:	xor %eax,%eax
	ret
.Lfix:	add $5,%rax
	call k
	ret
	.size h,.-h
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
.Lfault: mov (%rdi),%rcx
	ret
	.size f,.-f
	.section __ex_table,"a"
	.p2align 2
	.long .Lfault - .
	.long .Lfix - .
	.long 1
