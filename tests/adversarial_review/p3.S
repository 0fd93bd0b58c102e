#include "adv.h"
#define RSPILL8 movq %rsp,%rbx; movq %rbx,0x8(%rsp)
#define RREST8 movq 0x8(%rsp),%rsp
/* store through rax returned by unknown callee, no frame pointer handed out */
FUNC(r_ret_rax)
  PRO
  RSPILL8
  call ext0
  movq $0x4141,(%rax)
  RREST8
  EPI
ENDF(r_ret_rax)
/* store through clobbered rcx */
FUNC(r_clob_rcx)
  PRO
  RSPILL8
  call ext0
  movq $0x4141,(%rcx)
  RREST8
  EPI
ENDF(r_clob_rcx)
/* store through pointer loaded from a global after the call */
FUNC(r_glob_after_call)
  PRO
  RSPILL8
  call ext0
  movq gptr(%rip),%rcx
  movq $0x4141,(%rcx)
  RREST8
  EPI
ENDF(r_glob_after_call)
/* merged: rax from callee on one path, stack address of another slot on the other */
FUNC(r_merge_ret)
  PRO
  RSPILL8
  test %edi,%edi
  je 1f
  leaq 0x18(%rsp),%rax
  jmp 2f
1: call ext0
2: movq $0x4141,(%rax)
  RREST8
  EPI
ENDF(r_merge_ret)
.data
.globl gptr
gptr: .quad 0
