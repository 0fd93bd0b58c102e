# f(bad pointer): the load faults with %rax = g+5 and the exception table
# continues at .Lfix, which calls k with it.
.include "victim_g.inc"
	.type k,@function
k:	call *%rax
	ret
	.size k,.-k
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	add $5,%rax
.Lfault: mov (%rdi),%rcx
	xor %eax,%eax
	ret
.Lfix:	call k
	ret
	.size f,.-f
	.section __ex_table,"a"
	.p2align 2
	.long .Lfault - .
	.long .Lfix - .
	.long 1
