# Spilled %rsp copy restored at a loop head (the KMSAN/clang shape).
#
# expect: spill_loop_brief kind=spilled-rsp-loop redundant=yes delta=0 objtool_fail=no
# expect: spill_loop_reload_entry kind=spilled-rsp-loop redundant=yes delta=0 objtool_fail=yes
# expect: spill_loop_entry_jump kind=spilled-rsp-loop redundant=yes delta=0 objtool_fail=yes
#
# spill_loop_brief: the shape from the bug report (llvm-project#206973):
#   mov %rsp,%rcx ; 1: mov %rcx,%rsp ; ... ; mov %rsp,0x90(%rsp) ;
#   call __msan_warning ; mov 0x90(%rsp),%rcx ; test ; je 1b
# plus the second back edge through a callee-saved register
# (mov %rcx,%r12 ; call cond_resched ; mov %r12,%rcx ; jmp 1b).
# Every value reaching the restore at 1: is %rsp itself, so delta=0.
# Debian objtool 6.12.117 is SILENT here: its vals[] table is never
# invalidated by a load, so %rcx still counts as "CFA copy" from the
# first mov %rsp,%rcx, and the loop head is only evaluated on its first
# (fall-through) visit.
#
# spill_loop_reload_entry: same loop, but the copy made before the loop
# is spilled immediately (mov %rsp,0x90(%rsp)) and reloaded into %rcx
# before the first iteration (as clang does when a call sits between the
# read of %rsp and the loop).  objtool's first visit of the restore comes
# through the reload, %rcx is unknown to it, the CFA becomes undefined
# and the next stack operation gives "undefined stack state".
#
# spill_loop_entry_jump: the loop is entered by a jump to its bottom
# (rotated layout): the first %rsp read is the spill in the latch, the
# restore at the top is reached only through the reload.  objtool walks
# entry -> latch -> back edge -> restore (CFA undefined) -> falls into
# the already-visited latch and reports "stack state mismatch".

	.text

	.globl	spill_loop_brief
	.p2align 4
	.type	spill_loop_brief,@function
spill_loop_brief:
	pushq	%r12
	pushq	%rbx
	subq	$0x98, %rsp
	movl	%edi, %ebx
	movq	%rsp, %rcx
1:	movq	%rcx, %rsp			# restore site (loop head)
	xorl	%eax, %eax
	call	clear_pages_helper		# stands for the inline asm call
	movq	%rsp, 0x90(%rsp)		# spill %rsp itself
	movl	%ebx, %edi
	call	__msan_warning
	movq	0x90(%rsp), %rcx		# reload
	testl	%eax, %eax
	je	1b
	decl	%ebx
	je	2f
	movq	%rcx, %r12			# keep it across cond_resched
	call	cond_resched
	movq	%r12, %rcx
	jmp	1b
2:	addq	$0x98, %rsp
	popq	%rbx
	popq	%r12
	jmp	__x86_return_thunk
	.size	spill_loop_brief, .-spill_loop_brief

	.globl	spill_loop_reload_entry
	.p2align 4
	.type	spill_loop_reload_entry,@function
spill_loop_reload_entry:
	pushq	%r12
	pushq	%rbx
	subq	$0x98, %rsp
	movl	%edi, %ebx
	movq	%rsp, 0x90(%rsp)		# copy goes straight to the slot
	call	prepare_clear
	movq	0x90(%rsp), %rcx		# reload before the loop
1:	movq	%rcx, %rsp			# restore site (loop head)
	xorl	%eax, %eax
	call	clear_pages_helper
	movq	%rsp, 0x90(%rsp)
	movl	%ebx, %edi
	call	__msan_warning
	movq	0x90(%rsp), %rcx
	decl	%ebx
	jne	1b
	addq	$0x98, %rsp
	popq	%rbx
	popq	%r12
	jmp	__x86_return_thunk
	.size	spill_loop_reload_entry, .-spill_loop_reload_entry

	.globl	spill_loop_entry_jump
	.p2align 4
	.type	spill_loop_entry_jump,@function
spill_loop_entry_jump:
	pushq	%rbx
	subq	$0x90, %rsp
	movl	%edi, %ebx
	jmp	2f
1:	movq	%rcx, %rsp			# restore site (loop top)
	xorl	%eax, %eax
	call	clear_pages_helper
2:	movq	%rsp, 0x88(%rsp)		# latch: %rsp read straight into the slot
	movl	%ebx, %edi
	call	__msan_warning
	movq	0x88(%rsp), %rcx		# reload
	decl	%ebx
	jns	1b
	addq	$0x90, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	spill_loop_entry_jump, .-spill_loop_entry_jump
