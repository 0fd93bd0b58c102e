# With --noinstr (vmlinux.o), objtool checks calls out of noinstr sections
# during the walk (not modelled): no claim about a function in .noinstr.text;
# one in .text is claimed as usual. Written for rspill's tests.
# objtool-args: --hacks=jump_label --hacks=noinstr --orc --retpoline --rethunk --static-call --uaccess --no-unreachable --noinstr --link
# want: in_noinstr uncertain
# want: in_text agree

	.section .noinstr.text, "ax"
	.globl	in_noinstr
	.type	in_noinstr,@function
in_noinstr:
	pushq	%rbx
	movq	%rdi, %rsp
	call	instrumented
	popq	%rbx
	jmp	__x86_return_thunk
	.size	in_noinstr, .-in_noinstr

	.text
	.globl	in_text
	.type	in_text,@function
in_text:
	pushq	%rbx
	movq	%rdi, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	in_text, .-in_text
