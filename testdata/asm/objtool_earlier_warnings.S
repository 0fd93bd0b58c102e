# objtool prints one message per function: the first one it finds, whatever
# its cause.  Each function here has a %rsp restore objtool cannot follow
# (a stack warning would come from it), but objtool says something else
# first:
#   retpoline_first - validate_retpoline() runs before the stack walk: the
#                     indirect call is the message, though it comes later;
#   naked_return    - so does a plain ret in a return-thunk build;
#   uaccess_call    - a call with UACCESS enabled (stac ... call) ends the
#                     walk before the restore is reached;
#   df_call         - a call with DF set (std ... call) likewise;
#   syscall_first   - syscall is an unsupported instruction in a callable
#                     function.
#
# expect: retpoline_first kind=rsp-switch redundant=no delta=unknown objtool_fail=no
# expect: naked_return kind=rsp-switch redundant=no delta=unknown objtool_fail=no
# expect: uaccess_call kind=rsp-unknown-restore redundant=no delta=unknown objtool_fail=no
# expect: df_call kind=rsp-unknown-restore redundant=no delta=unknown objtool_fail=no
# expect: syscall_first kind=rsp-unknown-restore redundant=no delta=unknown objtool_fail=no
# objtool-other: retpoline_first
# objtool-other: naked_return
# objtool-other: uaccess_call
# objtool-other: df_call
# objtool-other: syscall_first

	.text

	.globl	retpoline_first
	.p2align 4
	.type	retpoline_first,@function
retpoline_first:
	pushq	%rbx
	movq	%rdi, %rsp			# restore: unknown value
	pushq	%rax
	call	*%rax
	popq	%rax
	popq	%rbx
	jmp	__x86_return_thunk
	.size	retpoline_first, .-retpoline_first

	.globl	naked_return
	.p2align 4
	.type	naked_return,@function
naked_return:
	pushq	%rbx
	movq	%rdi, %rsp			# restore: unknown value
	pushq	%rax
	popq	%rax
	popq	%rbx
	ret
	.size	naked_return, .-naked_return

	.globl	uaccess_call
	.p2align 4
	.type	uaccess_call,@function
uaccess_call:
	pushq	%rbx
	stac
	call	copy_one
	clac
	movq	%rdi, %rsp			# restore: unknown value
	pushq	%rax
	ud2
	.size	uaccess_call, .-uaccess_call

	.globl	df_call
	.p2align 4
	.type	df_call,@function
df_call:
	pushq	%rbx
	std
	call	copy_one
	cld
	movq	%rdi, %rsp			# restore: unknown value
	pushq	%rax
	ud2
	.size	df_call, .-df_call

	.globl	syscall_first
	.p2align 4
	.type	syscall_first,@function
syscall_first:
	pushq	%rbx
	syscall
	movq	%rdi, %rsp			# restore: unknown value
	pushq	%rax
	ud2
	.size	syscall_first, .-syscall_first
