# The indirect jump goes to .Lc, a place only a `lea` further down names
# (no relocation): %rax = g there, moved by 5 and handed to k.
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
	jmp 2f
1:	jmp *%rcx
.Lc1:	xor %eax,%eax
	ret
.Lc:	add $5,%rax
	call k
	ret
2:	lea .Lc(%rip),%rcx
	jmp 1b
	.size f,.-f
