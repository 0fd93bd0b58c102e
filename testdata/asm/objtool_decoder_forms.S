# Which instructions objtool's decoder reads as stack operations decides
# where (and whether) it warns once the CFA is lost:
#   rip_store     - mov %rsp,sym(%rip) is no stack operation: the warning
#                   lands on the push after it;
#   indexed_store - nor is mov %rsp,(%rsi,%rdx,8);
#   based_store   - but mov %rsp,8(%rsi) is: the warning lands on it;
#   add_rbp       - add %rbp,%rsp is handled (lea d(%rbp),%rsp style: the
#                   stack size is recomputed from %rbp's save slot), not an
#                   "unsupported stack register modification" - objtool
#                   then complains only at the return;
#   add_rdx       - add %rdx,%rsp is that error.
# (add_rbp and add_rdx are rsp-dynamic findings, which expect: lines do not
# list; tests/fixtures.rs still compares objtool's line for them.)
#   noreturn_list - resume_play_dead is not on 6.12's noreturn list: the
#                   path goes on past the call to the push.
#
# expect: rip_store kind=rsp-switch redundant=no delta=unknown objtool_fail=yes
# expect: indexed_store kind=rsp-switch redundant=no delta=unknown objtool_fail=yes
# expect: based_store kind=rsp-switch redundant=no delta=unknown objtool_fail=yes
# expect: noreturn_list kind=rsp-switch redundant=no delta=unknown objtool_fail=yes

	.text

	.globl	rip_store
	.p2align 4
	.type	rip_store,@function
rip_store:
	pushq	%rbx
	movq	%rdi, %rsp			# restore: unknown value
	movq	%rsp, saved_sp(%rip)
	pushq	%rax
	ud2
	.size	rip_store, .-rip_store

	.globl	indexed_store
	.p2align 4
	.type	indexed_store,@function
indexed_store:
	pushq	%rbx
	movq	%rdi, %rsp			# restore: unknown value
	movq	%rsp, (%rsi,%rdx,8)
	pushq	%rax
	ud2
	.size	indexed_store, .-indexed_store

	.globl	based_store
	.p2align 4
	.type	based_store,@function
based_store:
	pushq	%rbx
	movq	%rdi, %rsp			# restore: unknown value
	movq	%rsp, 8(%rsi)
	pushq	%rax
	ud2
	.size	based_store, .-based_store

	.globl	add_rbp
	.p2align 4
	.type	add_rbp,@function
add_rbp:
	pushq	%rbx
	addq	%rbp, %rsp			# restore: %rsp + %rbp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	add_rbp, .-add_rbp

	.globl	add_rdx
	.p2align 4
	.type	add_rdx,@function
add_rdx:
	pushq	%rbx
	addq	%rdx, %rsp			# restore: %rsp + %rdx
	popq	%rbx
	jmp	__x86_return_thunk
	.size	add_rdx, .-add_rdx

	.globl	noreturn_list
	.p2align 4
	.type	noreturn_list,@function
noreturn_list:
	pushq	%rbx
	movq	%rdi, %rsp			# restore: unknown value
	call	resume_play_dead
	pushq	%rax
	ud2
	.size	noreturn_list, .-noreturn_list

	.bss
saved_sp:
	.quad	0
