#include "adv.h"
/* leave / mov %rbp,%rsp epilogues */
FUNC(l_honest)
  pushq %rbp
  movq %rsp,%rbp
  subq $0x20,%rsp
  call ext0
  leave
  jmp __x86_return_thunk
ENDF(l_honest)
FUNC(l_bad_rbp)
  pushq %rbp
  movq %rsp,%rbp
  subq $0x20,%rsp
  movq %rsp,%rbp
  leave
  jmp __x86_return_thunk
ENDF(l_bad_rbp)
FUNC(l_movrbp)
  pushq %rbp
  movq %rsp,%rbp
  subq $0x20,%rsp
  movq %rbp,%rsp
  popq %rbp
  jmp __x86_return_thunk
ENDF(l_movrbp)
FUNC(l_merged_rbp)
  pushq %rbp
  movq %rsp,%rbp
  subq $0x20,%rsp
  test %edi,%edi
  je 1f
  leaq 8(%rsp),%rbp
1: leave
  jmp __x86_return_thunk
ENDF(l_merged_rbp)
/* rbp saved to a slot, slot overwritten through merged pointer, rbp reloaded, leave */
FUNC(l_slot_rbp)
  pushq %rbp
  movq %rsp,%rbp
  subq $0x20,%rsp
  movq %rbp,0x10(%rsp)
  test %edi,%edi
  je 1f
  leaq 0x10(%rsp),%rcx
  jmp 2f
1: movq %rsi,%rcx
2: movq $0x4141,(%rcx)
  movq 0x10(%rsp),%rbp
  leave
  jmp __x86_return_thunk
ENDF(l_slot_rbp)
