# h jumps to h2, which returns g in %rax: h hands it back to f, which adds
# 5 and calls k.
.include "victim_g.inc"
	.type k,@function
k:	call *%rax
	ret
	.size k,.-k
	.type h2,@function
h2:	lea g(%rip),%rax
	ret
	.size h2,.-h2
	.type h,@function
h:	jmp h2
	.size h,.-h
	.globl f
	.type f,@function
f:	call h
	add $5,%rax
	call k
	ret
	.size f,.-f
