# f takes g into %rax and falls off its end into h, which adds 5 and
# calls k.
.include "victim_g.inc"
	.type k,@function
k:	call *%rax
	ret
	.size k,.-k
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	.size f,.-f
	.type h,@function
h:	add $5,%rax
	call k
	ret
	.size h,.-h
