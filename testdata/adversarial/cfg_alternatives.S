// cfg_alternatives.S -- class 1: code that .altinstructions patches at boot.
//
// Entries use the real kernel 6.12 struct alt_instr (14 bytes, see adv.h):
// the replacement (in .altinstr_replacement) runs INSTEAD of the original
// bytes on CPUs with the feature bit; both versions are executable paths.
// Feature words are arbitrary X86_FEATURE_* numbers (no flags).
// S := %rsp after the prologue.  Restores that sit inside
// .altinstr_replacement are listed with function "@altinstr_replacement" and
// an offset inside that section; the reason says which site they patch.
#include "adv.h"

// alt_copy_replaced: original `mov %rsp,%rax` (+2 bytes 0x90 padding) is
// replaced by `lea 8(%rsp),%rax` on feature CPUs.
//   original: rax = S -> delta 0 ; replacement: rax = S+8 -> delta +8  => broken
// TRUTH alt_copy_replaced broken - 1-alternatives the copy mov %rsp,%rax is patched to lea 8(%rsp),%rax on feature CPUs: S or S+8
FUNC(alt_copy_replaced)
	PRO
740:	movq	%rsp, %rax
	.skip	2, 0x90
741:
R(alt_copy_replaced)
	movq	%rax, %rsp
	EPI
ENDF(alt_copy_replaced)
	ALT(740b, 743f, 0x0075, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:	leaq	8(%rsp), %rax
744:
	.popsection

// alt_repl_restore: original is a 3-byte NOP; the replacement is
// `mov %rax,%rsp` with rax = S with its low byte cleared.
//   feature CPUs: writes S & ~0xff                                   => broken
// TRUTH alt_repl_restore_r broken - 1-alternatives restore only in the replacement (patches {site:alt_repl_restore_site}); rax = S with low byte 0
FUNC(alt_repl_restore)
	PRO
	movq	%rsp, %rax
	movb	$0, %al
R(alt_repl_restore_site)
740:	.byte	0x0f, 0x1f, 0x00		/* nopl (%rax) */
741:
	EPI
ENDF(alt_repl_restore)
	ALT(740b, 743f, 0x0076, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:
R(alt_repl_restore_r)
	movq	%rax, %rsp
744:
	.popsection

// alt_repl_honest (honest): the replacement is `mov %rcx,%rsp`, rcx = S.
//   feature CPUs: writes S                                           => redundant
// TRUTH alt_repl_honest_r redundant - 1-alternatives restore only in the replacement (patches {site:alt_repl_honest_site}); rcx = S
FUNC(alt_repl_honest)
	PRO
	movq	%rsp, %rcx
R(alt_repl_honest_site)
740:	.byte	0x0f, 0x1f, 0x00
741:
	movq	%rcx, (%rdi)
	EPI
ENDF(alt_repl_honest)
	ALT(740b, 743f, 0x0077, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:
R(alt_repl_honest_r)
	movq	%rcx, %rsp
744:
	.popsection

// alt_orig_honest (honest): the original bytes are the restore (rcx = S),
// the replacement is a NOP.  Where the restore runs, it writes S.
// TRUTH alt_orig_honest redundant - 1-alternatives original-side restore (replaced by a NOP on feature CPUs); rcx = S wherever it runs
FUNC(alt_orig_honest)
	PRO
	movq	%rsp, %rcx
	movq	%rcx, 0x10(%rsp)
	call	foo
	movq	0x10(%rsp), %rcx
740:
R(alt_orig_honest)
	movq	%rcx, %rsp
741:
	EPI
ENDF(alt_orig_honest)
	ALT(740b, 743f, 0x0078, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:	.byte	0x0f, 0x1f, 0x00
744:
	.popsection

// alt_orig_vs_repl: original `mov %rcx,%rsp` (rcx = S, redundant), the
// replacement `mov %rdx,%rsp` with rdx = S+16 (delta +16).
// TRUTH alt_orig_vs_repl redundant - 1-alternatives original-side restore, rcx = S
// TRUTH alt_orig_vs_repl_r delta 16 1-alternatives restore in the replacement (patches {site:alt_orig_vs_repl}); rdx = S+16
FUNC(alt_orig_vs_repl)
	PRO
	movq	%rsp, %rcx
	leaq	0x10(%rsp), %rdx
740:
R(alt_orig_vs_repl)
	movq	%rcx, %rsp
741:
	EPI
ENDF(alt_orig_vs_repl)
	ALT(740b, 743f, 0x0079, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:
R(alt_orig_vs_repl_r)
	movq	%rdx, %rsp
744:
	.popsection

// alt_repl_clobbers_slot: the original is 10 bytes of NOP; the replacement
// overwrites the spill slot with S+8 before the reload.
//   original: slot = S -> delta 0 ; replacement: slot = S+8 -> +8     => broken
// TRUTH alt_repl_clobbers_slot broken - 1-alternatives replacement (lea 8(%rsp),%rdx; mov %rdx,0x10(%rsp)) overwrites the spill slot on feature CPUs: S or S+8
FUNC(alt_repl_clobbers_slot)
	PRO
	movq	%rsp, 0x10(%rsp)
740:	.skip	10, 0x90
741:
	movq	0x10(%rsp), %rcx
R(alt_repl_clobbers_slot)
	movq	%rcx, %rsp
	EPI
ENDF(alt_repl_clobbers_slot)
	ALT(740b, 743f, 0x007a, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:	leaq	8(%rsp), %rdx
	movq	%rdx, 0x10(%rsp)
744:
	.popsection

// alt_not_feature: ALT_NOT(feature) (flags bit 0): the replacement runs on
// CPUs WITHOUT the feature -- still a second version of the code.  Original:
// reload of the spilled copy (S); replacement: `lea -8(%rsp),%rcx` (S-8).
// TRUTH alt_not_feature broken - 1-alternatives ALT_NOT entry replaces the reload with lea -8(%rsp),%rcx: S or S-8
FUNC(alt_not_feature)
	PRO
	movq	%rsp, 0x10(%rsp)
	call	foo
740:	movq	0x10(%rsp), %rcx
741:
R(alt_not_feature)
	movq	%rcx, %rsp
	EPI
ENDF(alt_not_feature)
	ALT(740b, 743f, 0x0001007b, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:	leaq	-8(%rsp), %rcx
744:
	.popsection

// alt_repl_call: the replacement is a direct call (alternative_call style);
// a call clobbers the caller-saved %rcx holding the copy.
//   original (NOP): rcx = S ; replacement: rcx = whatever foo left  => broken
// TRUTH alt_repl_call broken - 1-alternatives the replacement is call foo, which clobbers the copy in caller-saved rcx
FUNC(alt_repl_call)
	PRO
	movq	%rsp, %rcx
740:	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00	/* nopl 0(%rax,%rax) */
741:
R(alt_repl_call)
	movq	%rcx, %rsp
	EPI
ENDF(alt_repl_call)
	ALT(740b, 743f, 0x007c, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:	call	foo
744:
	.popsection

// alt_repl_jmp: the replacement is a jmp (relocated by the patcher) past
// the `mov %rsp,%rcx` that follows the original NOPs.
//   original: rcx = S ; replacement: rcx = S+8                     => broken
// TRUTH alt_repl_jmp broken - 1-alternatives the replacement jmp skips mov %rsp,%rcx: rcx = S (original) or S+8 (feature CPUs)
FUNC(alt_repl_jmp)
	PRO
	leaq	8(%rsp), %rcx
740:	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
741:
	movq	%rsp, %rcx
.Larj_merge:
R(alt_repl_jmp)
	movq	%rcx, %rsp
	EPI
ENDF(alt_repl_jmp)
	ALT(740b, 743f, 0x007d, 741b-740b, 744f-743f)
	.pushsection .altinstr_replacement, "ax"
743:	.byte	0xe9
	.long	.Larj_merge - . - 4
744:
	.popsection
