# The kernel's call_on_stack() "stack swizzle" (arch/x86/include/asm/irq_stack.h
# style), written from scratch:
#     mov %gs:hardirq_stack_ptr,%rax   # top of the other stack
#     mov %rsp,(%rax)                  # old %rsp stored at its top
#     mov %rax,%rsp                    # switch
#     call fn
#     pop %rsp                         # switch back by popping the old %rsp
#
# expect: switch_swizzle kind=rsp-switch redundant=no delta=unknown objtool_fail=no
# expect: switch_swizzle kind=rsp-unknown-restore redundant=no delta=unknown objtool_fail=no
#
# Two restore sites: the mov %rax,%rsp (switch) and the final "pop %rsp",
# which writes %rsp from memory (the slot at the top of the other stack,
# holding the original %rsp): the switch back.  rspill does not follow the
# old %rsp through the other stack's slot (it was stored through a pointer
# from outside the frame), so the switch back is also rsp-switch.
# objtool understands this exact sequence (CFI_SP_INDIRECT) and is silent.

	.text

	.globl	switch_swizzle
	.p2align 4
	.type	switch_swizzle,@function
switch_swizzle:
	movq	%gs:hardirq_stack_ptr, %rax
	movq	%rsp, (%rax)
	movq	%rax, %rsp			# switch
	call	do_irq_work
	popq	%rsp				# switch back (not a mov)
	jmp	__x86_return_thunk
	.size	switch_swizzle, .-switch_swizzle
