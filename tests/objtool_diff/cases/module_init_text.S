# Module objects (--module) get the retpoline check in .init.text too: the
# naked return is the function's first line. Written for rspill's tests.
# objtool-args: --hacks=jump_label --orc --retpoline --rethunk --static-call --uaccess --module
# want: module_init agree

	.section .init.text, "ax"
	.globl	module_init
	.type	module_init,@function
module_init:
	pushq	%rbx
	movq	%rsp, %rbx
	movq	%rbx, %rsp
	popq	%rbx
	ret
	.size	module_init, .-module_init
