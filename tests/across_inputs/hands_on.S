# The same place computed by a local helper the address is handed to, and
# stored where anything may call through it later.

	.text

	.globl	hands_on
	.p2align 4
	.type	hands_on,@function
hands_on:
	leaq	untouched(%rip), %rdi
	call	add_and_store
	ret
	.size	hands_on, .-hands_on

	.p2align 4
	.type	add_and_store,@function
add_and_store:
	addq	$0xf, %rdi
	movq	%rdi, stored(%rip)
	ret
	.size	add_and_store, .-add_and_store

	.data
	.p2align 3
stored:	.quad	0
