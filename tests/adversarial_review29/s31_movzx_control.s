# Control: a byte of a register that held a code address, zero-extended
# (below 65536: no place code is mapped at), stored. g stays claimed.
.include "victim_g.inc"
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	mov flag(%rip),%al
	movzbl %al,%eax
	mov %rax,flag+8(%rip)
	ret
	.size f,.-f
	.comm flag,16,8
