// r7_noreturn.S -- class 5-noreturn: calls to functions of this object that
// rspill may take for "never returns" (no return, no jump out, no fall-through
// in their own bytes).  Each caller has two paths into the restore:
//   path A (rdi == 0): mov %rsp,%rbx                       rbx = S
//   path B (rdi != 0): call CALLEE; lea 8(%rsp),%rbx        rbx = S+8
// then `mov %rbx,%rsp`.  When CALLEE can return, path B is real and the
// restore is broken (S or S+8); only when it truly never returns is the
// restore redundant (path A alone).  S := %rsp after PRO.
#include "adv.h"

#define TWO_PATHS(n, callee) \
	FUNC(n); PRO; testq %rdi, %rdi; je 1f; call callee; leaq 8(%rsp), %rbx; jmp 2f; \
	1: movq %rsp, %rbx; 2: R(n); movq %rbx, %rsp; EPI; ENDF(n)

// Truly never returns: a loop with no way out.
FUNC(spins)
1:	pause
	jmp	1b
ENDF(spins)
// TRUTH nr_spins redundant - 5-noreturn spins never returns: only path A (rbx = S) reaches the restore
TWO_PATHS(nr_spins, spins)

// Ends in a call to panic (objtool's list): never returns.
FUNC(dies)
	call	panic
ENDF(dies)
// TRUTH nr_dies redundant - 5-noreturn dies ends in call panic: only path A reaches the restore
TWO_PATHS(nr_dies, dies)

// A conditional tail call out of the function: returns through the target.
FUNC(cond_tail)
	testq	%rsi, %rsi
	jne	other_fn
1:	pause
	jmp	1b
ENDF(cond_tail)
// TRUTH nr_cond_tail broken - 5-noreturn cond_tail tail-calls other_fn when rsi != 0, which returns: path B gives S+8
TWO_PATHS(nr_cond_tail, cond_tail)

// iretq: a return.
FUNC(irets)
	iretq
ENDF(irets)
// TRUTH nr_irets broken - 5-noreturn irets returns by iretq (to whatever frame it builds): path B is real
TWO_PATHS(nr_irets, irets)

// A faulting load whose __ex_table fixup is in another section, which returns.
FUNC(fixup_elsewhere)
3:	movq	(%rsi), %rax
4:	pause
	jmp	4b
ENDF(fixup_elsewhere)
	.section .fixup,"ax"
5:	ret
	.previous
	EXT(3b, 5b, EX_TYPE_DEFAULT)
// TRUTH nr_fixup broken - 5-noreturn fixup_elsewhere returns through its .fixup code when the load faults: path B is real
TWO_PATHS(nr_fixup, fixup_elsewhere)

// The last instruction falls off the end of the symbol into a ret.
FUNC(falls_off)
	pause
	.size	falls_off, .-falls_off
	ret
// TRUTH nr_falls_off broken - 5-noreturn falls_off runs on past its symbol into ret: path B is real
TWO_PATHS(nr_falls_off, falls_off)

// An alternative replaces the loop's jump with a ret on some CPUs.
FUNC(alt_ret)
6:	jmp	6b
7:
	.pushsection .altinstr_replacement,"ax"
8:	ret
9:
	.popsection
	ALT(6b, 8b, 0x0123, 7b-6b, 9b-8b)
ENDF(alt_ret)
// TRUTH nr_alt_ret broken - 5-noreturn alt_ret's jump is replaced by ret on feature CPUs: path B is real
TWO_PATHS(nr_alt_ret, alt_ret)

// A weak definition: another one may return.
	.text
	.weak	weak_spins
	.type	weak_spins,@function
	.p2align 4, 0xcc
weak_spins:
1:	jmp	1b
	.size	weak_spins, .-weak_spins
// TRUTH nr_weak broken - 5-noreturn weak_spins may be replaced at link time by a definition that returns: path B is real
TWO_PATHS(nr_weak, weak_spins)

FUNC(other_fn)
	ret
ENDF(other_fn)
