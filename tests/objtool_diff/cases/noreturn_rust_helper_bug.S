# rust_helper_BUG is on the noreturn list of Debian's 6.12.117 objtool (its
# binary lists it): the walk ends at the call, and objtool's first line is the
# ORC line at +0x4 (with --no-unreachable; by default its unreachable check
# speaks, which is not modelled). Blind review 106 (session 48): the list
# lacked it, and `f+0x9: undefined stack state` was claimed.
# objtool-args: --hacks=jump_label --hacks=noinstr --orc --retpoline --rethunk --static-call --uaccess --no-unreachable
# want: f agree

	.text
	.globl	f
	.type	f,@function
f:
	pushq	%rbx
	movq	%rdi, %rsp
	call	rust_helper_BUG
	popq	%rbx
	jmp	__x86_return_thunk
	.size	f, .-f
