
	.text
	.globl caller
	.type caller,@function
caller:
	push %rbp
	mov %rsp,%rbp
	lea stack_top(%rip),%r11
	mov %rsp,(%r11)
	mov %r11,%rsp
	mov $0x4242,%edi
	call cb
	pop %rsp
	pop %rbp
	ret
	.size caller,.-caller

	.text
	.globl cb
	.type cb,@function
cb:
	ret $8
	.size cb,.-cb

	.bss
	.balign 64
stack_lo:
	.space 4096
stack_top:
	.space 64
