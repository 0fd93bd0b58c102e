// noreturn.S -- class 5: paths that end (noreturn calls, BUG ud2, infinite
// loops) must not make a merge disagree -- and ud2 that is a WARN (resumes)
// or calls that merely look fatal must.  S := %rsp after PRO.
// Layout trick: the dying path is placed immediately before the merge, so a
// CFG that lets it fall through merges a wrong value into the restore.
#include "adv.h"

// TRUTH nr_stack_chk redundant - 5-noreturn the path that overwrites the slot ends in call __stack_chk_fail (placed right before the merge)
FUNC(nr_stack_chk)
	PRO
	movq	%rsp, 0x10(%rsp)
	testq	%rdi, %rdi
	je	.Lnsc_merge
	call	foo
	testl	%eax, %eax
	je	.Lnsc_merge
	leaq	8(%rsp), %rcx
	movq	%rcx, 0x10(%rsp)
	call	__stack_chk_fail
.Lnsc_merge:
	movq	0x10(%rsp), %rcx
R(nr_stack_chk)
	movq	%rcx, %rsp
	EPI
ENDF(nr_stack_chk)

// TRUTH nr_bug_ud2 redundant - 5-noreturn the path with rcx = S+8 ends in a BUG() ud2 (__bug_table flags 0, no reachable annotation)
FUNC(nr_bug_ud2)
	PRO
	movq	%rsp, %rcx
	testq	%rdi, %rdi
	je	.Lnbu_merge
	leaq	8(%rsp), %rcx
1:	ud2
	.pushsection __bug_table, "aw"
2:	.long	1b - .
	.long	.Lbug_file - .
	.word	__LINE__
	.word	0
	.org	2b + 12
	.popsection
.Lnbu_merge:
R(nr_bug_ud2)
	movq	%rcx, %rsp
	EPI
ENDF(nr_bug_ud2)

// nr_warn_ud2: the ud2 is a WARN (BUGFLAG_WARNING, plus the objtool
// .discard.reachable annotation): the trap handler reports and resumes at
// the next instruction, so rcx = S+8 does reach the restore.
// TRUTH nr_warn_ud2 broken - 5-noreturn WARN ud2 (BUGFLAG_WARNING + .discard.reachable) resumes: rcx = S+8 falls into the merge, rcx = S on the other path
FUNC(nr_warn_ud2)
	PRO
	movq	%rsp, %rcx
	testq	%rdi, %rdi
	je	.Lnwu_merge
	leaq	8(%rsp), %rcx
1:	ud2
998:
	.pushsection __bug_table, "aw"
2:	.long	1b - .
	.long	.Lbug_file - .
	.word	__LINE__
	.word	1
	.org	2b + 12
	.popsection
	.pushsection .discard.reachable
	.long	998b
	.popsection
.Lnwu_merge:
R(nr_warn_ud2)
	movq	%rcx, %rsp
	EPI
ENDF(nr_warn_ud2)

// TRUTH nr_panic redundant - 5-noreturn rbx = S+8 only on a path ending in call panic; the merge sees rbx = S
FUNC(nr_panic)
	PRO
	movq	%rsp, %rbx
	testq	%rdi, %rdi
	je	.Lnp_merge
	leaq	8(%rsp), %rbx
	call	panic
.Lnp_merge:
	call	foo
R(nr_panic)
	movq	%rbx, %rsp
	EPI
ENDF(nr_panic)

// TRUTH nr_returns broken - 5-noreturn __ubsan_handle_out_of_bounds RETURNS (unlike __ubsan_handle_builtin_unreachable): rbx = S+8 reaches the merge
FUNC(nr_returns)
	PRO
	movq	%rsp, %rbx
	testq	%rdi, %rdi
	je	.Lnr_merge
	leaq	8(%rsp), %rbx
	call	__ubsan_handle_out_of_bounds
.Lnr_merge:
R(nr_returns)
	movq	%rbx, %rsp
	EPI
ENDF(nr_returns)

// TRUTH nr_ubsan_unreachable redundant - 5-noreturn rbx = S+8 only on a path ending in call __ubsan_handle_builtin_unreachable
FUNC(nr_ubsan_unreachable)
	PRO
	movq	%rsp, %rbx
	testq	%rdi, %rdi
	je	.Lnuu_merge
	leaq	8(%rsp), %rbx
	call	__ubsan_handle_builtin_unreachable
.Lnuu_merge:
R(nr_ubsan_unreachable)
	movq	%rbx, %rsp
	EPI
ENDF(nr_ubsan_unreachable)

// TRUTH nr_spin redundant - 5-noreturn the path with rcx = S+8 spins forever (pause; jmp) right before the merge
FUNC(nr_spin)
	PRO
	movq	%rsp, %rcx
	testq	%rdi, %rdi
	je	.Lns_merge
	leaq	8(%rsp), %rcx
1:	pause
	jmp	1b
.Lns_merge:
R(nr_spin)
	movq	%rcx, %rsp
	EPI
ENDF(nr_spin)

// TRUTH nr_spin_restore redundant - 5-noreturn restore inside an infinite loop; rcx = S on every iteration
FUNC(nr_spin_restore)
	PRO
	movq	%rsp, %rcx
1:
R(nr_spin_restore)
	movq	%rcx, %rsp
	pause
	jmp	1b
ENDF(nr_spin_restore)

// nr_int3_pad: a block after the return, separated by int3 padding, reached
// by a forward jump; rcx = S.  Plus a second block, after more padding,
// reached from the first with rcx = S+0x10.
// TRUTH nr_int3_pad redundant - 5-noreturn block after int3 padding reached by a jump; rcx = S
// TRUTH nr_int3_pad2 delta 16 5-noreturn second block after int3 padding; rcx = S+0x10
FUNC(nr_int3_pad)
	PRO
	movq	%rsp, %rcx
	testq	%rdi, %rdi
	jne	2f
1:	EPI
	int3
	int3
	int3
2:
R(nr_int3_pad)
	movq	%rcx, %rsp
	testq	%rsi, %rsi
	je	1b
	leaq	0x10(%rsp), %rcx
	jmp	3f
	int3
	int3
3:
R(nr_int3_pad2)
	movq	%rcx, %rsp
	subq	$0x10, %rsp
	jmp	1b
ENDF(nr_int3_pad)

	.section .rodata.str1.1, "aMS", @progbits, 1
.Lbug_file:
	.asciz	"adversarial/noreturn.S"
