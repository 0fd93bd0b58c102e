# h writes g into its caller's frame (the slot f keeps at 0(%rsp)); f
# reloads it, adds 5 and hands it to k.
.include "victim_g.inc"
	.type k,@function
k:	call *%rax
	ret
	.size k,.-k
	.type h,@function
h:	lea g(%rip),%rax
	mov %rax,8(%rsp)
	xor %eax,%eax
	ret
	.size h,.-h
	.globl f
	.type f,@function
f:	sub $8,%rsp
	movq $0,(%rsp)
	call h
	mov (%rsp),%rax
	add $5,%rax
	call k
	add $8,%rsp
	ret
	.size f,.-f
