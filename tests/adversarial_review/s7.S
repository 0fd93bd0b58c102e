/*
 * s7.S -- session 7: gcc's DRAP frame under the in-bounds view, where the
 * prologue's register saves are no C object.  Built with
 *   clang-19 -c --target=x86_64-linux-gnu s7.S -o s7.o
 *
 * DPRO7/DEPI7 are gcc's shape (lru_gen_seq_write, vfs_writev in Debian's
 * vmlinux): the DRAP register is pushed in the prologue and popped right
 * before `lea -8(%r10),%rsp`, which returns %rsp to CFA-8 (the entry value).
 */
#include "adv.h"
#define DPRO7 leaq 8(%rsp),%r10; andq $-16,%rsp; pushq -8(%r10); pushq %rbp; movq %rsp,%rbp; pushq %r10; pushq %rbx; subq $0x30,%rsp
#define DEPI7 leaq -0x10(%rbp),%rsp; popq %rbx; popq %r10; popq %rbp; leaq -8(%r10),%rsp; jmp __x86_return_thunk

/* 7a: a local's address goes to a callee and to a global, and a pointer read
 * back from memory goes to another callee (an object rspill cannot name).
 * Truth: C code can reach only its objects; the saved %r10 at -8(%rbp) is
 * none, so the epilogue returns %rsp to CFA-8: the DRAP epilogue. */
FUNC(d7_escape_local)
  DPRO7
  leaq -0x30(%rbp),%rdi
  movq %rdi,some_global(%rip)
  call ext0
  movq some_global(%rip),%rdi
  movq 8(%rdi),%rdi
  call ext0
  DEPI7
ENDF(d7_escape_local)

/* 7b: the address of the saved %r10 itself goes to a callee, which may
 * write it: the epilogue may return anywhere.  Truth: broken. */
FUNC(d7_escape_save_addr)
  DPRO7
  leaq -8(%rbp),%rdi
  call ext0
  DEPI7
ENDF(d7_escape_save_addr)

/* 7c: %r10 pushed again after a call, right before a call that may take it as
 * its seventh argument (a callee owns its stack arguments and may write
 * them), then popped into the epilogue.  Not a prologue save.
 * Truth: broken (the callee may rewrite its argument). */
FUNC(d7_push_as_argument)
  DPRO7
  call ext0
  movq -8(%rbp),%r10
  pushq %r10
  pushq %r10
  call ext0
  popq %r10
  popq %r10
  leaq -0x10(%rbp),%rsp
  popq %rbx
  popq %rax
  popq %rbp
  leaq -8(%r10),%rsp
  jmp __x86_return_thunk
ENDF(d7_push_as_argument)

/* 7d: a prologue without realignment: `lea 8(%rsp),%r10` is no DRAP register
 * when no `and $-N,%rsp` follows, so its push is no register save.  The push
 * is followed by a call that may take it as a stack argument.
 * Truth: broken. */
FUNC(d7_lea_no_realign)
  leaq 8(%rsp),%r10
  pushq %r10
  call ext0
  popq %r10
  leaq -8(%r10),%rsp
  jmp __x86_return_thunk
ENDF(d7_lea_no_realign)
