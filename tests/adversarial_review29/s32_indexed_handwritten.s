# Hand-written (no compiler .comment): g reads its own return address by
# index (%rcx = 0) and keeps it in the global `saved`; code elsewhere (not
# in this object: `start` in s32_indexed_start.s) jumps there with %rsp
# 0x200 lower, and the restore writes f's old %rsp. Only out of any stack
# object does an indexed read reach a return address: the claim is an
# assumed one (stack-objects-in-bounds), not a proof.
	.text
	.globl f
	.type f,@function
f:
	push	%rbp
	sub	$0x10,%rsp
	mov	%rsp,8(%rsp)
	call	g
	mov	8(%rsp),%rax
	mov	%rax,%rsp
	add	$0x10,%rsp
	pop	%rbp
	ret
	.size f,.-f

	.type g,@function
g:
	mov	$0,%rcx
	mov	0(%rsp,%rcx,1),%rax
	mov	%rax,saved(%rip)
	ret
	.size g,.-g

	.data
	.globl saved
saved:	.quad 0
