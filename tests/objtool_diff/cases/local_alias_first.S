# A local and a global function symbol at one address: rspill keeps the
# global gf, objtool names the place by the local lf, first in the table (the
# ELF table lists locals first). Blind review 106 (session 48).
# want: gf agree

	.text
	.type	lf,@function
	.globl	gf
	.type	gf,@function
lf:
gf:
	movq	%rdi, %rsp
	nop
	call	g
	ud2
	.size	lf, .-lf
	.size	gf, .-gf
