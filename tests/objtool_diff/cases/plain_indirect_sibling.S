# Without --retpoline a plain `jmp *%rax` is no retpoline warning, but still
# an indirect sibling call objtool checks for a modified frame. Written for
# rspill's tests.
# objtool-args: --hacks=jump_label --hacks=noinstr --orc --static-call --uaccess
# want: indirect_tail agree

	.text
	.globl	indirect_tail
	.type	indirect_tail,@function
indirect_tail:
	pushq	%rbx
	movq	%rdi, %rsp
	jmp	*%rax
	.size	indirect_tail, .-indirect_tail
