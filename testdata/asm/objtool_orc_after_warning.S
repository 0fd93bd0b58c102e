# A function that already warned still stops ORC generation at its first
# undefined CFA, silently (objtool prints one message per function): the
# later function quiet_after gets no "unknown CFA base reg -1".
#
# expect: warns_first kind=rsp-switch redundant=no delta=unknown objtool_fail=yes
# expect: quiet_after kind=rsp-switch redundant=no delta=unknown objtool_fail=no

	.text

	.globl	warns_first
	.p2align 4
	.type	warns_first,@function
warns_first:
	pushq	%rbx
	movq	%rdi, %rsp			# restore: unknown value
	pushq	%rax				# undefined stack state
	ud2
	.size	warns_first, .-warns_first

	.globl	quiet_after
	.p2align 4
	.type	quiet_after,@function
quiet_after:
	pushq	%rbx
	movq	%rsi, %rsp			# restore: unknown value
	ud2
	.size	quiet_after, .-quiet_after
