// r2_alt.S -- round 2, class 1: .altinstructions (6.12 layout, adv.h ALT).
// ALTERNATIVE_2 (two entries with the same original site: either replacement
// can be the code that runs, the later one wins when both features are set),
// a jcc in a replacement that leaves it (relocated by the patcher), an empty
// replacement that NOPs out an instruction, restores inside replacements.
// S := %rsp after PRO.  Restores inside .altinstr_replacement are listed as
// @altinstr_replacement with their section offset.
#include "adv.h"

// alt2_bad_second: site = 5-byte NOP; repl 1 (feature 0x80) = mov %rsp,%rcx
// (+NOPs), repl 2 (feature 0x81) = lea 8(%rsp),%rcx.
//   no feature / feature 0x80 only: rcx = S ; feature 0x81: rcx = S+8  => broken
// TRUTH alt2_bad_second broken - 1-alternatives ALTERNATIVE_2: two entries for one site, the second replacement sets rcx = S+8
FUNC(alt2_bad_second)
	PRO
	movq	%rsp, %rcx
740:	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
741:
R(alt2_bad_second)
	movq	%rcx, %rsp
	EPI
ENDF(alt2_bad_second)
	ALT(740b, 743f, 0x0080, 741b-740b, 744f-743f)
	ALT(740b, 745f, 0x0081, 741b-740b, 746f-745f)
	.pushsection .altinstr_replacement, "ax"
743:	movq	%rsp, %rcx
744:
745:	leaq	8(%rsp), %rcx
746:
	.popsection

// TRUTH alt2_bad_first broken - 1-alternatives ALTERNATIVE_2: two entries for one site, the FIRST replacement sets rcx = S+8, the second is honest
FUNC(alt2_bad_first)
	PRO
	movq	%rsp, %rcx
740:	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
741:
R(alt2_bad_first)
	movq	%rcx, %rsp
	EPI
ENDF(alt2_bad_first)
	ALT(740b, 743f, 0x0082, 741b-740b, 744f-743f)
	ALT(740b, 745f, 0x0083, 741b-740b, 746f-745f)
	.pushsection .altinstr_replacement, "ax"
743:	leaq	8(%rsp), %rcx
744:
745:	movq	%rsp, %rcx
746:
	.popsection

// alt2_honest (honest): both replacements recompute rcx = S in different ways.
// TRUTH alt2_honest redundant - 1-alternatives ALTERNATIVE_2 whose replacements are mov %rsp,%rcx and lea (%rsp),%rcx: rcx = S on all three versions
FUNC(alt2_honest)
	PRO
	movq	%rsp, %rcx
740:	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
741:
R(alt2_honest)
	movq	%rcx, %rsp
	EPI
ENDF(alt2_honest)
	ALT(740b, 743f, 0x0084, 741b-740b, 744f-743f)
	ALT(740b, 745f, 0x0085, 741b-740b, 746f-745f)
	.pushsection .altinstr_replacement, "ax"
743:	movq	%rsp, %rcx
744:
745:	leaq	(%rsp), %rcx
746:
	.popsection

// alt_jcc_back: rcx = S+8, the original (9-byte NOP) falls into mov %rsp,%rcx;
// the replacement `test %rdi,%rdi; jne .Lajb_r` (jcc rel32, relocated to the
// restore) skips it when rdi != 0.
// TRUTH alt_jcc_back broken - 1-alternatives replacement test;jne (rel32 into the function) skips mov %rsp,%rcx: rcx = S+8 on feature CPUs with rdi != 0
FUNC(alt_jcc_back)
	PRO
	leaq	8(%rsp), %rcx
740:	.byte	0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00
741:
	movq	%rsp, %rcx
.Lajb_r:
R(alt_jcc_back)
	movq	%rcx, %rsp
	EPI
ENDF(alt_jcc_back)
	ALT(740b, 743f, 0x0086, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:	testq	%rdi, %rdi
	.byte	0x0f, 0x85
	.long	.Lajb_r - . - 4
744:
	.popsection

// alt_empty_bad: `add $8,%rcx` (rcx = S-8 before it) is the original; the
// replacement is EMPTY (length 0): feature CPUs run 4 NOPs instead.
//   original: rcx = S ; feature: rcx = S-8                         => broken
// TRUTH alt_empty_bad broken - 1-alternatives empty replacement NOPs out add $8,%rcx (rcx = S-8 before it): S or S-8
FUNC(alt_empty_bad)
	PRO
	leaq	-8(%rsp), %rcx
740:	addq	$8, %rcx
741:
R(alt_empty_bad)
	movq	%rcx, %rsp
	EPI
ENDF(alt_empty_bad)
	ALT(740b, 743f, 0x0087, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:
744:
	.popsection

// TRUTH alt_empty_honest redundant - 1-alternatives empty replacement NOPs out an unrelated store (movq %rcx,(%rdi)); rcx = S either way
FUNC(alt_empty_honest)
	PRO
	movq	%rsp, %rcx
740:	movq	%rcx, (%rdi)
741:
R(alt_empty_honest)
	movq	%rcx, %rsp
	EPI
ENDF(alt_empty_honest)
	ALT(740b, 743f, 0x0088, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:
744:
	.popsection

// alt_repl_pair: original `mov %rsp,%rax` + 3-byte NOP (6 bytes); the
// replacement is `mov %rsp,%rax; mov %rax,%rsp` (a restore inside it).
// Both versions leave rax = S, so the restore after the site is redundant.
// TRUTH alt_repl_pair_r redundant - 1-alternatives restore inside the replacement (patches {site:alt_repl_pair_site}); rax = S just copied
// TRUTH alt_repl_pair redundant - 1-alternatives restore after a site whose original and replacement both leave rax = S (and %rsp = S)
FUNC(alt_repl_pair)
	PRO
R(alt_repl_pair_site)
740:	movq	%rsp, %rax
	.byte	0x0f, 0x1f, 0x00
741:
R(alt_repl_pair)
	movq	%rax, %rsp
	EPI
ENDF(alt_repl_pair)
	ALT(740b, 743f, 0x0089, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:	movq	%rsp, %rax
R(alt_repl_pair_r)
	movq	%rax, %rsp
744:
	.popsection

// alt_repl_delta: the replacement is `lea 8(%rsp),%rax; mov %rax,%rsp`
// (a delta +8 restore inside it); the original is an 8-byte NOP.
// TRUTH alt_repl_delta_r delta 8 1-alternatives restore inside the replacement (patches {site:alt_repl_delta_site}); rax = S+8 just computed
FUNC(alt_repl_delta)
	PRO
R(alt_repl_delta_site)
740:	.byte	0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00
741:
	movq	%rbx, (%rdi)
	EPI
ENDF(alt_repl_delta)
	ALT(740b, 743f, 0x008a, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:	leaq	8(%rsp), %rax
R(alt_repl_delta_r)
	movq	%rax, %rsp
744:
	.popsection

// alt2_repl_restore: ALTERNATIVE_2 on a 3-byte NOP site: replacement 1 is a
// NOP, replacement 2 is `mov %rax,%rsp` with rax = S with bit 3 flipped.
// TRUTH alt2_repl_restore_r broken - 1-alternatives restore in the SECOND replacement of an ALTERNATIVE_2 site (patches {site:alt2_repl_restore_site}); rax = S^8
FUNC(alt2_repl_restore)
	PRO
	movq	%rsp, %rax
	xorq	$8, %rax
R(alt2_repl_restore_site)
740:	.byte	0x0f, 0x1f, 0x00
741:
	EPI
ENDF(alt2_repl_restore)
	ALT(740b, 743f, 0x008b, 741b-740b, 744f-743f)
	ALT(740b, 745f, 0x008c, 741b-740b, 746f-745f)
	.pushsection .altinstr_replacement, "ax"
743:	.byte	0x0f, 0x1f, 0x00
744:
745:
R(alt2_repl_restore_r)
	movq	%rax, %rsp
746:
	.popsection
