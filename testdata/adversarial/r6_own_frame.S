// r6_own_frame.S -- class 4-callee: call_on_stack() shapes whose callee is
// defined in this object (no DWARF: the assembler emits none here), so
// whether the saved %rsp survives the call depends on the callee's code.
//
// Caller shape (CALL_ON_STACK(callee)):
//     PRO                                  S := %rsp after PRO
//     mov %gs:hardirq_stack_ptr,%r11       T := the per-cpu stack top
//     mov %rsp,(%r11)                      cell T holds S
//     mov %r11,%rsp                        switch: %rsp = T      (truth: switch)
//     call callee                          callee's CFA = T: its return
//                                          address is at T-8, the cell at CFA+0
//     pop %rsp                             reads the cell        (truth below)
//     EPI
// "switch": the cell still holds S when pop %rsp reads it (on every path).
// "broken": some path leaves another value in the cell.
#include "adv.h"

#define CALL_ON_STACK(n, callee) \
	FUNC(n); PRO; movq %gs:hardirq_stack_ptr, %r11; movq %rsp, (%r11); \
	R(n##_in); movq %r11, %rsp; call callee; R(n##_out); popq %rsp; EPI; ENDF(n)

// ---- callees that keep to their frame ------------------------------------

// A frame-pointer frame with a local, a nested call, leave; ret.  The cell is
// never written: switch.
FUNC(keeps_fp)
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$16, %rsp
	movq	%rdi, -8(%rbp)
	call	foo
	movq	-8(%rbp), %rax
	leave
	jmp	__x86_return_thunk
ENDF(keeps_fp)
// TRUTH of_keeps_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_keeps_out switch - 4-callee keeps_fp writes only CFA-0x20..CFA-0x8: the cell (CFA+0) holds S
CALL_ON_STACK(of_keeps, keeps_fp)

// Reads above its frame (the cell itself and the word above) but writes
// nothing there: switch.
FUNC(reads_above)
	movq	8(%rsp), %rax
	addq	16(%rsp), %rax
	jmp	__x86_return_thunk
ENDF(reads_above)
// TRUTH of_reads_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_reads_out switch - 4-callee reads_above only reads CFA+0 and CFA+8: the cell holds S
CALL_ON_STACK(of_reads, reads_above)

// Passes two stack arguments to a callee of its own, inside its own frame
// (pushed below its return address): the nested callee's arguments are at
// CFA-0x18 and CFA-0x10 of args_below: switch.
FUNC(args_below)
	pushq	$1
	pushq	$2
	call	reads_two_args
	addq	$16, %rsp
	jmp	__x86_return_thunk
ENDF(args_below)
FUNC(reads_two_args)
	movq	8(%rsp), %rax
	addq	16(%rsp), %rax
	movq	%rax, 8(%rsp)
	jmp	__x86_return_thunk
ENDF(reads_two_args)
// TRUTH of_args_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_args_out switch - 4-callee args_below's nested callee writes its own argument at args_below's CFA-0x18: the cell holds S
CALL_ON_STACK(of_args, args_below)

// Tail call to a callee that keeps to its frame: switch.
FUNC(tail_keeps)
	testq	%rdi, %rdi
	je	keeps_fp
	jmp	__x86_return_thunk
ENDF(tail_keeps)
// TRUTH of_tail_keeps_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_tail_keeps_out switch - 4-callee tail_keeps returns or tail-calls keeps_fp (with its CFA = T): the cell holds S
CALL_ON_STACK(of_tail_keeps, tail_keeps)

// ---- callees that write the cell -------------------------------------------

// Writes its first "stack argument", which is the cell: pop %rsp reads 0.
FUNC(writes_arg)
	movq	$0, 8(%rsp)
	jmp	__x86_return_thunk
ENDF(writes_arg)
// TRUTH of_writes_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_writes_out broken - 4-callee writes_arg stores 0 at CFA+0 (the cell): pop %rsp reads 0
CALL_ON_STACK(of_writes, writes_arg)

// The same store behind a frame pointer: 16(%rbp) = CFA+0.
FUNC(writes_arg_fp)
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, 16(%rbp)
	popq	%rbp
	jmp	__x86_return_thunk
ENDF(writes_arg_fp)
// TRUTH of_writes_fp_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_writes_fp_out broken - 4-callee writes_arg_fp stores %rdi at 16(%rbp) = CFA+0: pop %rsp reads the argument
CALL_ON_STACK(of_writes_fp, writes_arg_fp)

// An exact index: (%rax,%rcx,8) with rax = CFA-0x18, rcx = 3 is CFA+0.
FUNC(writes_indexed)
	subq	$16, %rsp
	movq	%rsp, %rax
	movl	$3, %ecx
	movq	$0, (%rax,%rcx,8)
	addq	$16, %rsp
	jmp	__x86_return_thunk
ENDF(writes_indexed)
// TRUTH of_indexed_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_indexed_out broken - 4-callee writes_indexed stores 0 at CFA-0x18+3*8 = CFA+0: pop %rsp reads 0
CALL_ON_STACK(of_indexed, writes_indexed)

// xchg with memory writes too.
FUNC(xchg_arg)
	xchgq	%rdi, 8(%rsp)
	jmp	__x86_return_thunk
ENDF(xchg_arg)
// TRUTH of_xchg_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_xchg_out broken - 4-callee xchg_arg swaps %rdi into CFA+0: pop %rsp reads the argument
CALL_ON_STACK(of_xchg, xchg_arg)

// Hands the cell's address to a callee that writes through it.
FUNC(writes_through)
	movq	$7, (%rdi)
	jmp	__x86_return_thunk
ENDF(writes_through)
FUNC(hands_out_cell)
	leaq	8(%rsp), %rdi
	call	writes_through
	jmp	__x86_return_thunk
ENDF(hands_out_cell)
// TRUTH of_handout_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_handout_out broken - 4-callee hands_out_cell passes CFA+0 to writes_through, which stores 7 there: pop %rsp reads 7
CALL_ON_STACK(of_handout, hands_out_cell)

// Tail call (unconditional) to a writer, with the caller's stack as is.
FUNC(tail_writes)
	xorl	%eax, %eax
	jmp	writes_arg
ENDF(tail_writes)
// TRUTH of_tail_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_tail_out broken - 4-callee tail_writes jumps to writes_arg with CFA = T: it stores 0 at T
CALL_ON_STACK(of_tail, tail_writes)

// Conditional tail call to a writer (rdi != 0 on some path).
FUNC(cond_tail_writes)
	testq	%rdi, %rdi
	jne	writes_arg
	jmp	__x86_return_thunk
ENDF(cond_tail_writes)
// TRUTH of_cond_tail_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_cond_tail_out broken - 4-callee when %rdi != 0 cond_tail_writes tail-calls writes_arg: the cell becomes 0
CALL_ON_STACK(of_cond_tail, cond_tail_writes)

// Two levels of tail call, the writer at the bottom.
FUNC(tail_tail_writes)
	jmp	tail_writes
ENDF(tail_tail_writes)
// TRUTH of_tail2_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_tail2_out broken - 4-callee tail_tail_writes -> tail_writes -> writes_arg stores 0 at T
CALL_ON_STACK(of_tail2, tail_tail_writes)

// A rep stos that runs over the cell: the return address is taken off the
// stack first (pop %r8: %rsp = CFA), one qword zeroed from %rsp (the cell),
// then pushed back for the return.
FUNC(stos_over_cell)
	popq	%r8
	movq	%rsp, %rdi
	movl	$1, %ecx
	xorl	%eax, %eax
	rep stosq
	pushq	%r8
	ret
ENDF(stos_over_cell)
// TRUTH of_stos_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_stos_out broken - 4-callee stos_over_cell zeroes the qword at CFA+0: pop %rsp reads 0
CALL_ON_STACK(of_stos, stos_over_cell)

// Returns with %rsp one word higher: the return address is popped, the cell
// popped into %r9, the return address pushed back one slot up (over the cell).
FUNC(moves_return)
	popq	%r8
	popq	%r9
	pushq	%r8
	ret
ENDF(moves_return)
// TRUTH of_moves_ret_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_moves_ret_out broken - 4-callee moves_return pushes its return address at CFA+0 (over the cell) and returns with %rsp = CFA+8: pop %rsp reads whatever is at T+8
CALL_ON_STACK(of_moves_ret, moves_return)

// An indirect tail call: anything.
FUNC(indirect_tail)
	movq	writer_ptr(%rip), %rax
	jmp	*%rax
ENDF(indirect_tail)
	.data
writer_ptr:
	.quad	writes_arg
// TRUTH of_indirect_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_indirect_out broken - 4-callee indirect_tail jumps through writer_ptr = writes_arg: the cell becomes 0
CALL_ON_STACK(of_indirect, indirect_tail)

// A weak callee that keeps to its frame here; a strong definition elsewhere
// may replace it at link time, so its code here says nothing.  In this object
// as linked alone the cell survives: switch.
	.text
	.weak	weak_keeps
	.type	weak_keeps,@function
	.p2align 4, 0xcc
weak_keeps:
	xorl	%eax, %eax
	jmp	__x86_return_thunk
	.size	weak_keeps, .-weak_keeps
// TRUTH of_weak_in switch - 4-callee mov %r11,%rsp: per-cpu stack top
// TRUTH of_weak_out switch - 4-callee weak_keeps (as linked here) writes nothing: the cell holds S
CALL_ON_STACK(of_weak, weak_keeps)
