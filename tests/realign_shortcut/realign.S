# Functions that realign their frame, for `scan`'s shortcut for them
# (`realignments_only` in src/analysis/scan.rs): the unit test
# `the_realignment_shortcut_is_the_full_analysis` checks that, wherever the
# shortcut is taken, the findings are the full analysis' (`scan --explain`
# takes the full way). Each function says whether the shortcut may take
# it and what the full analysis finds.
#
# Build: clang-19 --target=x86_64-linux-gnu -c realign.S -o realign.o

	.text

# Taken: push %rbp; mov %rsp,%rbp; and $-32,%rsp ... lea -8(%rbp),%rsp;
# pop %rbx; pop %rbp. %rbp is the frame pointer on every path (computed
# without memory): the epilogue is no finding, the realignment is one.
	.globl	taken_plain
	.type	taken_plain,@function
taken_plain:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	andq	$-32, %rsp
	subq	$64, %rsp
	movq	%rsp, 8(%rsp)
	testl	%edi, %edi
	je	1f
	call	ext
1:	leaq	-8(%rbp), %rsp
	popq	%rbx
	popq	%rbp
	ret
	.size	taken_plain, .-taken_plain

# Not taken: on one path %rbp is spilled and reloaded before `leave`. The
# full analysis follows the reload (a frame pointer through a spill is no
# frame pointer to `classify`: a finding); without memory %rbp is unknown.
	.globl	rbp_reloaded_on_one_path
	.type	rbp_reloaded_on_one_path,@function
rbp_reloaded_on_one_path:
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-16, %rsp
	subq	$32, %rsp
	testl	%edi, %edi
	je	1f
	movq	%rbp, 8(%rsp)
	call	ext
	movq	8(%rsp), %rbp
1:	leave
	ret
	.size	rbp_reloaded_on_one_path, .-rbp_reloaded_on_one_path

# Not taken: an alloca whose size is the distance between two stack
# addresses, one read back from memory: the full analysis may know it as a
# constant (a constant adjustment, not an alloca); without memory it is
# unknown. Only realignments (`and`) are taken.
	.globl	alloca_of_reloaded_distance
	.type	alloca_of_reloaded_distance,@function
alloca_of_reloaded_distance:
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-16, %rsp
	subq	$32, %rsp
	leaq	16(%rsp), %rax
	movq	%rax, 8(%rsp)
	movq	8(%rsp), %rcx
	movq	%rsp, %rdx
	subq	%rdx, %rcx
	subq	%rcx, %rsp
	leave
	ret
	.size	alloca_of_reloaded_distance, .-alloca_of_reloaded_distance

# Not taken: %rsp restored from a register chain after the realignment (a
# register-chain finding, whatever memory holds).
	.globl	chain_after_realignment
	.type	chain_after_realignment,@function
chain_after_realignment:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	movq	%rsp, %rbx
	andq	$-64, %rsp
	call	ext
	movq	%rbx, %rsp
	popq	%rbx
	popq	%rbp
	ret
	.size	chain_after_realignment, .-chain_after_realignment

# Not taken: %rbp reloaded from memory on every path (the stored frame
# pointer read back): the full analysis knows it, the cheap one does not.
	.globl	rbp_reloaded_everywhere
	.type	rbp_reloaded_everywhere,@function
rbp_reloaded_everywhere:
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-32, %rsp
	subq	$32, %rsp
	movq	%rbp, (%rsp)
	call	ext
	movq	(%rsp), %rbp
	movq	%rbp, %rsp
	popq	%rbp
	ret
	.size	rbp_reloaded_everywhere, .-rbp_reloaded_everywhere

# Taken: a realignment in a loop, the epilogue after it.
	.globl	taken_loop
	.type	taken_loop,@function
taken_loop:
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-16, %rsp
1:	subq	$16, %rsp
	andq	$-32, %rsp
	decl	%edi
	jne	1b
	movq	%rbp, %rsp
	popq	%rbp
	ret
	.size	taken_loop, .-taken_loop
