// r2_noreturn.S -- round 2, class 5: ud2 that may resume, calls that look
// fatal but return, honest noreturn calls.  The dying (or not) path carries a
// different copy and is placed right before the merge.  S := %rsp after PRO.
// Contract: `ud2` may resume (WARN); objtool's noreturn list (do_exit, panic,
// __stack_chk_fail, make_task_dead, panic_smp_self_stop, usercopy_abort, ...)
// never returns; everything else returns.
#include "adv.h"

// TRUTH nr2_plain_ud2 broken - 5-noreturn plain ud2 (no __bug_table entry) may resume (WARN): rcx = S+8 falls into the merge
FUNC(nr2_plain_ud2)
	PRO
	movq	%rsp, %rcx
	testq	%rdi, %rdi
	je	1f
	leaq	8(%rsp), %rcx
	ud2
1:
R(nr2_plain_ud2)
	movq	%rcx, %rsp
	EPI
ENDF(nr2_plain_ud2)

// TRUTH nr2_warn_noreach broken - 5-noreturn ud2 with a __bug_table entry flagged BUGFLAG_WARNING but no .discard.reachable: WARN resumes
FUNC(nr2_warn_noreach)
	PRO
	movq	%rsp, %rcx
	testq	%rdi, %rdi
	je	3f
	leaq	8(%rsp), %rcx
1:	ud2
	.pushsection __bug_table, "aw"
2:	.long	1b - .
	.long	.Lnr2_file - .
	.word	__LINE__
	.word	1
	.org	2b + 12
	.popsection
3:
R(nr2_warn_noreach)
	movq	%rcx, %rsp
	EPI
ENDF(nr2_warn_noreach)

// TRUTH nr2_warn_once broken - 5-noreturn ud2 flagged BUGFLAG_WARNING|BUGFLAG_ONCE (3) with .discard.reachable: resumes
FUNC(nr2_warn_once)
	PRO
	movq	%rsp, %rcx
	testq	%rdi, %rdi
	je	3f
	leaq	8(%rsp), %rcx
1:	ud2
998:
	.pushsection __bug_table, "aw"
2:	.long	1b - .
	.long	.Lnr2_file - .
	.word	__LINE__
	.word	3
	.org	2b + 12
	.popsection
	.pushsection .discard.reachable
	.long	998b
	.popsection
3:
R(nr2_warn_once)
	movq	%rcx, %rsp
	EPI
ENDF(nr2_warn_once)

// TRUTH nr2_nmi_panic broken - 5-noreturn nmi_panic is NOT noreturn (returns when another CPU is already panicking): rbx = S+8 reaches the merge
FUNC(nr2_nmi_panic)
	PRO
	movq	%rsp, %rbx
	testq	%rdi, %rdi
	je	1f
	leaq	8(%rsp), %rbx
	call	nmi_panic
1:
R(nr2_nmi_panic)
	movq	%rbx, %rsp
	EPI
ENDF(nr2_nmi_panic)

// TRUTH nr2_msan_warning broken - 5-noreturn __msan_warning returns (KMSAN reports and continues): rbx = S+8 reaches the merge
FUNC(nr2_msan_warning)
	PRO
	movq	%rsp, %rbx
	testq	%rdi, %rdi
	je	1f
	leaq	8(%rsp), %rbx
	movl	$0, %edi
	call	__msan_warning
1:
R(nr2_msan_warning)
	movq	%rbx, %rsp
	EPI
ENDF(nr2_msan_warning)

// TRUTH nr2_ubsan_invalid broken - 5-noreturn __ubsan_handle_load_invalid_value returns: rbx = S+8 reaches the merge
FUNC(nr2_ubsan_invalid)
	PRO
	movq	%rsp, %rbx
	testq	%rdi, %rdi
	je	1f
	leaq	8(%rsp), %rbx
	call	__ubsan_handle_load_invalid_value
1:
R(nr2_ubsan_invalid)
	movq	%rbx, %rsp
	EPI
ENDF(nr2_ubsan_invalid)

// nr2_int3_infer: a function that calls bar and then has int3 padding (the
// call's return site is an int3), followed by nr2_after_bar, which calls bar
// on the path with rbx = S+8.  bar is not on the noreturn list: it returns.
FUNC(nr2_int3_caller)
	PRO
	call	bar
	int3
	int3
ENDF(nr2_int3_caller)

// TRUTH nr2_after_bar broken - 5-noreturn bar returns (another function's call bar is followed by int3, which says nothing about bar): rbx = S+8 reaches the merge
FUNC(nr2_after_bar)
	PRO
	movq	%rsp, %rbx
	testq	%rdi, %rdi
	je	1f
	leaq	8(%rsp), %rbx
	call	bar
1:
R(nr2_after_bar)
	movq	%rbx, %rsp
	EPI
ENDF(nr2_after_bar)

// TRUTH nr2_panic redundant - 5-noreturn rbx = S+8 only on a path ending in call panic (objtool noreturn list)
FUNC(nr2_panic)
	PRO
	movq	%rsp, %rbx
	testq	%rdi, %rdi
	je	1f
	leaq	8(%rsp), %rbx
	call	panic
1:
R(nr2_panic)
	movq	%rbx, %rsp
	EPI
ENDF(nr2_panic)

// TRUTH nr2_do_exit redundant - 5-noreturn rbx = S+8 only on a path ending in call do_exit
FUNC(nr2_do_exit)
	PRO
	movq	%rsp, %rbx
	testq	%rdi, %rdi
	je	1f
	leaq	8(%rsp), %rbx
	call	do_exit
1:
R(nr2_do_exit)
	movq	%rbx, %rsp
	EPI
ENDF(nr2_do_exit)

// TRUTH nr2_stack_chk_slot redundant - 5-noreturn the slot is overwritten with S+8 only on a path ending in call __stack_chk_fail (no unknown call)
FUNC(nr2_stack_chk_slot)
	PRO
	movq	%rsp, 0x10(%rsp)
	testq	%rdi, %rdi
	je	1f
	leaq	8(%rsp), %rax
	movq	%rax, 0x10(%rsp)
	call	__stack_chk_fail
1:	movq	0x10(%rsp), %rcx
R(nr2_stack_chk_slot)
	movq	%rcx, %rsp
	EPI
ENDF(nr2_stack_chk_slot)

// TRUTH nr2_smp_stop redundant - 5-noreturn rcx = S+8 only on a path ending in call panic_smp_self_stop
FUNC(nr2_smp_stop)
	PRO
	movq	%rsp, %rbx
	testq	%rdi, %rdi
	je	1f
	leaq	8(%rsp), %rbx
	call	panic_smp_self_stop
1:
R(nr2_smp_stop)
	movq	%rbx, %rsp
	EPI
ENDF(nr2_smp_stop)

// TRUTH nr2_usercopy_abort redundant - 5-noreturn rbx = S+8 only on a path ending in call usercopy_abort
FUNC(nr2_usercopy_abort)
	PRO
	movq	%rsp, %rbx
	testq	%rdi, %rdi
	je	1f
	leaq	8(%rsp), %rbx
	call	usercopy_abort
1:
R(nr2_usercopy_abort)
	movq	%rbx, %rsp
	EPI
ENDF(nr2_usercopy_abort)

	.section .rodata.str1.1, "aMS", @progbits, 1
.Lnr2_file:
	.asciz	"adversarial/r2_noreturn.S"
