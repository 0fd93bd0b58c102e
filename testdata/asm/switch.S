# Deliberate stack switches: %rsp loaded from outside the current stack,
# then switched back through a callee-saved register copy.
#
# expect: switch_arg_stack kind=rsp-switch redundant=no delta=unknown objtool_fail=yes
# expect: switch_arg_stack kind=rsp-switch redundant=no delta=unknown objtool_fail=no
# expect: switch_global_stack kind=rsp-switch redundant=no delta=unknown objtool_fail=no
# expect: switch_global_stack kind=rsp-switch redundant=no delta=unknown objtool_fail=no
# expect: switch_percpu_stack kind=rsp-switch redundant=no delta=unknown objtool_fail=no
# expect: switch_percpu_stack kind=rsp-switch redundant=no delta=unknown objtool_fail=no
#
# Two restore sites per function, in address order:
#  1. the switch (mov %rdi,%rsp / mov sym(%rip),%rsp / mov %gs:sym,%rsp):
#     value comes from an argument / a global / a per-cpu variable.
#  2. the switch back, mov %rbx,%rsp: %rbx is a plain register copy of
#     the original %rsp, but %rsp at that point is on the other stack, so
#     the difference is not a constant (delta=unknown, not redundant); it
#     is the other half of the deliberate switch, so also rsp-switch.
#     objtool_fail is per restore: "does objtool lose the CFA because of
#     this write"; in switch_arg_stack that is the switch, and objtool's
#     warning only surfaces at the switch back.
#
# objtool: switch_arg_stack fails ("undefined stack state" at the switch
# back, because mov %rdi,%rsp made the CFA undefined).  The global and
# per-cpu loads into %rsp are not decoded as stack operations at all, so
# objtool silently keeps the old CFA and accepts both functions.

	.text

	.globl	switch_arg_stack
	.p2align 4
	.type	switch_arg_stack,@function
switch_arg_stack:
	pushq	%rbx
	movq	%rsp, %rbx
	movq	%rdi, %rsp			# switch to the stack passed in %rdi
	call	foo
	movq	%rbx, %rsp			# switch back
	popq	%rbx
	jmp	__x86_return_thunk
	.size	switch_arg_stack, .-switch_arg_stack

	.globl	switch_global_stack
	.p2align 4
	.type	switch_global_stack,@function
switch_global_stack:
	pushq	%rbx
	movq	%rsp, %rbx
	movq	irq_stack_top(%rip), %rsp	# switch to a global stack
	call	foo
	movq	%rbx, %rsp			# switch back
	popq	%rbx
	jmp	__x86_return_thunk
	.size	switch_global_stack, .-switch_global_stack

	.globl	switch_percpu_stack
	.p2align 4
	.type	switch_percpu_stack,@function
switch_percpu_stack:
	pushq	%rbx
	movq	%rsp, %rbx
	movq	%gs:hardirq_stack_ptr, %rsp	# switch to a per-cpu stack
	call	foo
	movq	%rbx, %rsp			# switch back
	popq	%rbx
	jmp	__x86_return_thunk
	.size	switch_percpu_stack, .-switch_percpu_stack
