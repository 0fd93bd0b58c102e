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
/* every function hands the callee exactly the r10 save slot's address (rbp-8), computed in some way;
   rbp = CFA-relative anchor, 32-aligned frame => rbp = 16 mod 32, so rbp-16 is 32-aligned (bit 3 and 4 clear).
   Truth: the callee can overwrite the saved %r10 -> the epilogue's lea -8(%r10),%rsp can set any rsp */
FN d2_xor
  DPRO
  lea -16(%rbp),%rdi
  xor $8,%rdi
  call ext0
  DEPI
END d2_xor
FN d2_bts
  DPRO
  lea -16(%rbp),%rdi
  bts $3,%rdi
  call ext0
  DEPI
END d2_bts
FN d2_addreg
  DPRO
  lea -16(%rbp),%rdi
  mov $8,%eax
  add %rax,%rdi
  call ext0
  DEPI
END d2_addreg
FN d2_leaidx
  DPRO
  mov $-8,%rax
  lea (%rbp,%rax),%rdi
  call ext0
  DEPI
END d2_leaidx
FN d2_xmm
  DPRO
  lea -8(%rbp),%rax
  movq %rax,%xmm0
  movq %xmm0,%rdi
  call ext0
  DEPI
END d2_xmm
FN d2_pushpop
  DPRO
  lea -8(%rbp),%rax
  push %rax
  pop %rdi
  call ext0
  DEPI
END d2_pushpop
FN d2_negneg
  DPRO
  lea -8(%rbp),%rdi
  neg %rdi
  neg %rdi
  call ext0
  DEPI
END d2_negneg
FN d2_bswap2
  DPRO
  lea -8(%rbp),%rdi
  bswap %rdi
  bswap %rdi
  call ext0
  DEPI
END d2_bswap2
FN d2_incs
  DPRO
  lea -16(%rbp),%rdi
  inc %rdi
  inc %rdi
  inc %rdi
  inc %rdi
  inc %rdi
  inc %rdi
  inc %rdi
  inc %rdi
  call ext0
  DEPI
END d2_incs
FN d2_adc
  DPRO
  lea -16(%rbp),%rdi
  stc
  adc $7,%rdi
  call ext0
  DEPI
END d2_adc
FN d2_and
  DPRO
  lea -1(%rbp),%rdi
  and $-8,%rdi
  call ext0
  DEPI
END d2_and
FN d2_or_rsi
  DPRO
  lea -16(%rbp),%rsi
  or $8,%rsi
  xor %edi,%edi
  call ext0
  DEPI
END d2_or_rsi
/* pointer handed out in memory the callee can see: a stack argument (run [rsp] written since entry) */
FN d2_stackarg_ptr
  DPRO 16
  lea -16(%rbp),%rax
  or $8,%rax
  mov %rax,(%rsp)
  call ext7
  DEPI
END d2_stackarg_ptr
/* the r10 slot given via rbp-relative rep stos with count from a register constant */
FN d2_stos_regcount
  DPRO
  lea -48(%rbp),%rdi
  mov $6,%eax
  mov %rax,%rcx
  xor %eax,%eax
  rep stosq
  DEPI
END d2_stos_regcount
/* memset(rbp-48, 0, 48) length via lea */
FN d2_memset_lea
  DPRO
  lea -48(%rbp),%rdi
  xor %esi,%esi
  lea 48,%rdx
  call memset
  DEPI
END d2_memset_lea
/* std rep stosq from a local downward? no: from rbp-8 itself computed with or */
FN d2_stos_or
  DPRO
  lea -16(%rbp),%rdi
  or $8,%rdi
  mov $1,%ecx
  xor %eax,%eax
  rep stosq
  DEPI
END d2_stos_or
/* direct store through an or-computed pointer */
FN d2_store_or
  DPRO
  lea -16(%rbp),%rax
  or $8,%rax
  movq $0,(%rax)
  DEPI
END d2_store_or
/* pointer taken from INSIDE the r10 save slot (rbp-1) and aligned down: stays in that object; store zeroes it */
FN d2_store_and
  DPRO
  lea -1(%rbp),%rax
  and $-8,%rax
  movq $0,(%rax)
  DEPI
END d2_store_and
