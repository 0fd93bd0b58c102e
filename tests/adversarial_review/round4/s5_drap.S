#include "common.inc"
.macro DPRO n=64
  lea 8(%rsp),%r10
  and $-32,%rsp
  pushq -8(%r10)
  push %rbp
  mov %rsp,%rbp
  push %r10
  push %rbx
  sub $\n,%rsp
.endm
.macro DEPI
  lea -16(%rbp),%rsp
  pop %rbx
  pop %r10
  pop %rbp
  lea -8(%r10),%rsp
  ret
.endm
.text
/* D01 baseline: DRAP frame, callee given a pointer to a local at -48(%rbp) (32-byte object, [rbp-48,rbp-16) ).
   Truth (contract): callee writes only within what it may reach... the local; r10 slot intact -> epilogue leaves frame correctly. */
FN drap_base
  DPRO
  lea -48(%rbp),%rdi
  call ext0
  DEPI
END drap_base

/* D02 stack arguments pushed: the run from %rsp up (written since entry, no earlier call) is
   [arg7][arg8][rbx save][r10 save][rbp save]...: the callee owns the r10 save slot as a stack argument
   and may overwrite it -> pop %r10 may get garbage -> lea -8(%r10),%rsp wrong. */
FN drap_stackargs_push
  lea 8(%rsp),%r10
  and $-16,%rsp
  pushq -8(%r10)
  push %rbp
  mov %rsp,%rbp
  push %r10
  push %rbx
  pushq $8
  pushq $7
  call ext9
  lea -16(%rbp),%rsp
  pop %rbx
  pop %r10
  pop %rbp
  lea -8(%r10),%rsp
  ret
END drap_stackargs_push

/* D03 same via sub + movs: run [rsp]=a7 [rsp+8]=a8 [rbx][r10]... all written since entry */
FN drap_stackargs_mov
  lea 8(%rsp),%r10
  and $-16,%rsp
  pushq -8(%r10)
  push %rbp
  mov %rsp,%rbp
  push %r10
  push %rbx
  sub $16,%rsp
  movq $7,(%rsp)
  movq $8,8(%rsp)
  call ext9
  lea -16(%rbp),%rsp
  pop %rbx
  pop %r10
  pop %rbp
  lea -8(%r10),%rsp
  ret
END drap_stackargs_mov

/* D04 pointer to the rbx save slot + 8 computed with 'or': rbp is 16-aligned so (rbp-16)|8 = rbp-8 = the r10 slot itself.
   callee given exactly the r10 slot's address -> may overwrite it. */
FN drap_or_ptr
  DPRO
  lea -16(%rbp),%rdi
  or $8,%rdi
  call ext0
  DEPI
END drap_or_ptr

/* D05 pointer = rbp - 8 computed by mov+sub */
FN drap_sub_ptr
  DPRO
  mov %rbp,%rdi
  sub $8,%rdi
  call ext0
  DEPI
END drap_sub_ptr

/* D06 rep stosq with known count overrunning from a local into the r10 slot: [rbp-48, rbp) zeroed -> r10 := 0 -> rsp := -8 */
FN drap_rep_stos
  DPRO
  lea -48(%rbp),%rdi
  mov $6,%ecx
  xor %eax,%eax
  rep stosq
  DEPI
END drap_rep_stos

/* D07 prologue that is not what it seems: r10 modified (add $8) before being saved; epilogue sets rsp = CFA+0 (not CFA-8): wrong */
FN drap_bad_prologue
  lea 8(%rsp),%r10
  and $-16,%rsp
  pushq -8(%r10)
  push %rbp
  mov %rsp,%rbp
  add $8,%r10
  push %r10
  push %rbx
  sub $16,%rsp
  call ext0
  DEPI
END drap_bad_prologue

/* D08 lea 16(%rsp),%r10 instead of 8: epilogue -> CFA+0 : wrong */
FN drap_lea16
  lea 16(%rsp),%r10
  and $-16,%rsp
  pushq -16(%r10)
  push %rbp
  mov %rsp,%rbp
  push %r10
  push %rbx
  sub $16,%rsp
  call ext0
  DEPI
END drap_lea16

/* D09 the address of the r10 slot is stored in a global before a call: callee may read it and write the slot */
FN drap_escape_global
  DPRO
  lea -8(%rbp),%rax
  mov %rax,gptr(%rip)
  call ext0
  DEPI
END drap_escape_global

/* D10 pointer to pointer: &slot stored in a local whose address is passed */
FN drap_escape_ptrptr
  DPRO
  lea -8(%rbp),%rax
  mov %rax,-32(%rbp)
  lea -32(%rbp),%rdi
  call ext0
  DEPI
END drap_escape_ptrptr

/* D11 r10 slot address passed in xmm0 (as a double): callee may movq it back and store */
FN drap_escape_xmm
  DPRO
  lea -8(%rbp),%rax
  movq %rax,%xmm0
  call ext0
  DEPI
END drap_escape_xmm

/* D12 the callee's return value (may be the frame address: its stack args start at %rsp) is used to store at +N */
FN drap_store_via_ret
  DPRO 16
  call ext0
  movq $0,24(%rax)
  DEPI
END drap_store_via_ret

/* D13 second call after the first one: by the contract every later unknown call may write any slot once the frame escaped */
FN drap_two_calls
  DPRO
  lea -48(%rbp),%rdi
  call ext0
  call ext1
  DEPI
END drap_two_calls

/* D14 second push of r10 later (r10 changed) into the same slot: body pops/pushes */
FN drap_repush
  DPRO 16
  add $16,%rsp
  pop %rbx
  pop %r10
  add $8,%r10
  push %r10
  push %rbx
  sub $16,%rsp
  call ext0
  DEPI
END drap_repush

/* D15 store through a computed pointer: rbp-relative by unknown index rcx (0 on the real path) */
FN drap_index_store
  DPRO
  lea -48(%rbp,%rcx,8),%rax
  movq $0,(%rax)
  DEPI
END drap_index_store

/* D16 rep stosq with UNKNOWN count from a local (cld) */
FN drap_rep_stos_unknown
  DPRO
  lea -48(%rbp),%rdi
  mov %rsi,%rcx
  xor %eax,%eax
  rep stosq
  DEPI
END drap_rep_stos_unknown

/* D17 memset with known length covering the r10 slot */
FN drap_memset
  DPRO
  lea -48(%rbp),%rdi
  xor %esi,%esi
  mov $48,%edx
  call memset
  DEPI
END drap_memset

/* D18 the slot's address handed out directly (sanity) */
FN drap_direct
  DPRO
  lea -8(%rbp),%rdi
  call ext0
  DEPI
END drap_direct

.data
.globl gptr
gptr: .quad 0
