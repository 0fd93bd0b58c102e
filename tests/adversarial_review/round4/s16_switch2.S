#include "common.inc"
.text
/* V01 switch-back copy kept in a caller-saved register across the call on the new stack: clobbered -> wrong possible */
FN v_rcx_across
  push %rbx
  mov %rsp,%rcx
  mov %rdi,%rsp
  call ext0
  mov %rcx,%rsp
  pop %rbx
  ret
END v_rcx_across
/* V02 call_on_stack-like: old rsp pushed on the new stack = the callee's first stack argument slot (run from %rsp written since entry) -> callee may overwrite it -> pop %rsp may load garbage */
FN v_call_on_stack
  mov %rsp,%rax
  mov %rdi,%rsp
  push %rax
  call ext0
  pop %rsp
  ret
END v_call_on_stack
/* V03 correct: old rsp in callee-saved rbx -> switch back proven */
FN v_rbx
  push %rbx
  mov %rsp,%rbx
  mov %rdi,%rsp
  call ext0
  mov %rbx,%rsp
  pop %rbx
  ret
END v_rbx
/* V04 switch back to rbx+8 (wrong by 8) : must not be called a switch back */
FN v_rbx_plus8
  push %rbx
  mov %rsp,%rbx
  mov %rdi,%rsp
  call ext0
  lea 8(%rbx),%rsp
  pop %rbx
  ret
END v_rbx_plus8
/* V05 old rsp stored on the new stack ABOVE a pushed stack argument: mov %rax,(%rdi-8)... : callee's 2nd stack arg */
FN v_two_args
  mov %rsp,%rax
  lea -8(%rdi),%rsp
  mov %rax,(%rsp)
  pushq $1
  call ext0
  add $8,%rsp
  pop %rsp
  ret
END v_two_args
/* V06 new stack pointer = argument; then switch "back" from a slot of the NEW stack never written: garbage -> not a switch-back */
FN v_newstack_slot
  push %rbx
  mov %rdi,%rsp
  mov 8(%rsp),%rsp
  pop %rbx
  ret
END v_newstack_slot
/* V07 switch back 8 bytes too low (CFA-24 instead of CFA-16): pop %rbx gets a stale word, ret uses the saved rbx as return address */
FN v_rbx_minus8
  push %rbx
  mov %rsp,%rbx
  mov %rdi,%rsp
  call ext0
  lea -8(%rbx),%rsp
  pop %rbx
  ret
END v_rbx_minus8
