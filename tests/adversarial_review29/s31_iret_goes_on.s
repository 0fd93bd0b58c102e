# `iretq` to the next instruction (sync_core): %rax = g goes on there, is
# moved by 5 and handed to k.
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
	mov %ss,%ecx
	push %rcx
	push %rsp
	addq $8,(%rsp)
	pushfq
	mov %cs,%ecx
	push %rcx
	push $1f
	iretq
1:	add $5,%rax
	call k
	ret
	.size f,.-f
