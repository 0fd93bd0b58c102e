#include "adv.h"
/* va_area(0) returns &0(%rsp) of this frame; store at 8(%rax) = the slot */
FUNC(v_va_area)
  PRO
  movq %rsp,%rbx
  movq %rbx,0x8(%rsp)
  xorl %edi,%edi
  xorl %eax,%eax
  call va_area
  movq $0x4141,0x8(%rax)
  movq 0x8(%rsp),%rsp
  EPI
ENDF(v_va_area)
/* frame-pointer function; parent_frame() returns our %rbp; the copy sits at -8(%rbp) */
FUNC(v_parent_frame)
  pushq %rbp
  movq %rsp,%rbp
  pushq %rbx
  subq $0x18,%rsp
  movq %rsp,%rbx
  movq %rbx,0x8(%rsp)
  call parent_frame
  movq $0x4141,-0x18(%rax)
  movq 0x8(%rsp),%rsp
  addq $0x18,%rsp
  popq %rbx
  popq %rbp
  jmp __x86_return_thunk
ENDF(v_parent_frame)
/* argument pointer (no call at all) */
FUNC(v_arg_ptr)
  PRO
  movq %rsp,%rbx
  movq %rbx,0x8(%rsp)
  movq $0x4141,(%rdi)
  movq 0x8(%rsp),%rsp
  EPI
ENDF(v_arg_ptr)
