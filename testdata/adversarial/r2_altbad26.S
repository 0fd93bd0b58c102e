// r2_altbad26.S -- round 2, class 1: a malformed .altinstructions section of
// 26 bytes: one valid 6.12 entry (14 bytes, an honest replacement for
// ab26_ok) followed by one entry in the OLD 12-byte layout for ab26_copy,
// whose replacement turns `mov %rsp,%rcx` into `lea 8(%rsp),%rcx`.
// The section size is not a multiple of 14.  S := %rsp after PRO.
#include "adv.h"

// TRUTH ab26_ok redundant - 1-alternatives the valid 14-byte entry replaces mov %rsp,%rcx (+NOPs) with lea (%rsp),%rcx: S either way
FUNC(ab26_ok)
	PRO
740:	movq	%rsp, %rcx
	.skip	1, 0x90
741:
R(ab26_ok)
	movq	%rcx, %rsp
	EPI
ENDF(ab26_ok)
	ALT(740b, 743f, 0x0091, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:	leaq	(%rsp), %rcx
744:
	.popsection

// TRUTH ab26_copy broken - 1-alternatives trailing 12-byte old-layout entry of a 26-byte .altinstructions patches mov %rsp,%rcx into lea 8(%rsp),%rcx
FUNC(ab26_copy)
	PRO
740:	movq	%rsp, %rcx
	.skip	2, 0x90
741:
R(ab26_copy)
	movq	%rcx, %rsp
	EPI
ENDF(ab26_copy)
	.pushsection .altinstructions, "a"
	.long	740b - .
	.long	743f - .
	.word	0x0092
	.byte	741b - 740b
	.byte	744f - 743f
	.popsection
	.pushsection .altinstr_replacement, "ax"
743:	leaq	8(%rsp), %rcx
744:
	.popsection
