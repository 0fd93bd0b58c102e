
	.text
	.globl caller
	.type caller,@function
caller:
	push %rbp
	mov %rsp,%rbp
	lea stack_top(%rip),%r11
	mov %rsp,(%r11)
	mov %r11,%rsp
	call cb
	call cb2
	pop %rsp
	pop %rbp
	ret
	.size caller,.-caller

	.text
	.globl cb
	.type cb,@function
cb:
	ret
	.size cb,.-cb

	.text
	.globl cb2
	.type cb2,@function
cb2:
	ret $8
	.size cb2,.-cb2

	.bss
	.balign 64
stack_lo:
	.space 4096
stack_top:
	.space 64
