# A static key whose site is a jmp (enabled): disabled, the kernel makes it a
# NOP and f falls through to `call k` with %rax = g+5.
.include "victim_g.inc"
	.type k,@function
k:	call *%rax
	ret
	.size k,.-k
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	add $5,%rax
1:	.byte 0xe9
	.long .Lyes - 2f
2:	call k
	ret
.Lyes:	xor %eax,%eax
	ret
	.size f,.-f
	.section __jump_table,"aw"
	.balign 8
	.long 1b - .
	.long .Lyes - .
	.quad some_key - .
