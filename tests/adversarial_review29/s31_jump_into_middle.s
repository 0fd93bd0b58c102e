# f jumps into the middle of h with %rax = g; h's code there adds 5 and
# calls k. A place inside another function is no entry what is handed to
# is followed at.
.include "victim_g.inc"
	.type k,@function
k:	call *%rax
	ret
	.size k,.-k
	.type h,@function
h:	xor %eax,%eax
	ret
.Lin:	add $5,%rax
	call k
	ret
	.size h,.-h
	.globl f
	.type f,@function
f:	lea g(%rip),%rax
	jmp .Lin
	.size f,.-f
