// r2_altbad12.S -- round 2, class 1: a malformed .altinstructions section:
// one entry in the OLD 12-byte layout (.long orig-., .long repl-., .word cpuid,
// .byte orig_len, .byte repl_len), so the section size (12) is not a multiple
// of the 6.12 entry size (14).  Read as the 12-byte layout it says: on CPUs
// with feature 0x90 the copy `mov %rsp,%rcx` (+NOPs) becomes
// `lea 8(%rsp),%rcx`.  The control flow cannot be known for sure from a
// section that does not parse; the truth takes the entry as written.
// S := %rsp after PRO.
#include "adv.h"

// TRUTH ab12_copy broken - 1-alternatives .altinstructions is 12 bytes (old layout, not a multiple of 14): its entry patches mov %rsp,%rcx into lea 8(%rsp),%rcx
FUNC(ab12_copy)
	PRO
740:	movq	%rsp, %rcx
	.skip	2, 0x90
741:
R(ab12_copy)
	movq	%rcx, %rsp
	EPI
ENDF(ab12_copy)
	.pushsection .altinstructions, "a"
	.long	740b - .
	.long	743f - .
	.word	0x0090
	.byte	741b - 740b
	.byte	744f - 743f
	.popsection
	.pushsection .altinstr_replacement, "ax"
743:	leaq	8(%rsp), %rcx
744:
	.popsection
