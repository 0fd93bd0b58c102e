# Noreturn calls end objtool's path, so nothing after them is checked:
#   dead_end_call  - never_returns is a local function with no way out
#                    (objtool's dead-end rule): after the %rsp write the
#                    path ends at the call, and ORC generation complains at
#                    the call itself ("unknown CFA base reg -1");
#   listed_call    - do_exit is on objtool's noreturn list: the same, but
#                    ORC generation has already stopped (masked);
#   warns_first    - an indirect jump (retpoline check) makes the object
#                    warn, so objtool's unreachable-instruction check (which
#                    would flag the code after the calls) does not run.
#                    (Its restore is a no-op, but the indirect jump leaves
#                    the control flow incomplete: rspill claims nothing,
#                    hence redundant=no delta=unknown below.)
#
# expect: warns_first kind=rsp-register-chain redundant=no delta=unknown objtool_fail=no
# expect: dead_end_call kind=rsp-switch redundant=no delta=unknown objtool_fail=yes
# expect: listed_call kind=rsp-switch redundant=no delta=unknown objtool_fail=no
# objtool-other: warns_first

	.text

	.type	never_returns,@function
never_returns:
	ud2
	.size	never_returns, .-never_returns

	.globl	warns_first
	.p2align 4
	.type	warns_first,@function
warns_first:
	pushq	%rbx
	movq	%rsp, %rbx
	movq	%rbx, %rsp			# restore: the value %rsp holds
	popq	%rbx
	jmp	*%rax
	.size	warns_first, .-warns_first

	.globl	dead_end_call
	.p2align 4
	.type	dead_end_call,@function
dead_end_call:
	pushq	%rbx
	movq	%rdi, %rsp			# restore: unknown value
	call	never_returns
	pushq	%rax
	popq	%rbx
	jmp	__x86_return_thunk
	.size	dead_end_call, .-dead_end_call

	.globl	listed_call
	.p2align 4
	.type	listed_call,@function
listed_call:
	pushq	%rbx
	movq	%rsi, %rsp			# restore: unknown value
	call	do_exit
	pushq	%rax
	popq	%rbx
	jmp	__x86_return_thunk
	.size	listed_call, .-listed_call
