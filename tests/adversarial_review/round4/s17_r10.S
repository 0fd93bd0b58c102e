#include "common.inc"
.text
/* N01 pointer to the copy slot passed in %r10 (psABI: static chain pointer): a nested-function callee may write it -> unknown */
FN n_static_chain
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  lea 8(%rsp),%r10
  call ext0
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END n_static_chain
/* N02 pointer in r11 (not an argument register) -> by the C contract the callee cannot use it */
FN n_r11
  sub $24,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  lea 8(%rsp),%r11
  call ext0
  mov 8(%rsp),%rsp
  add $24,%rsp
  ret
END n_r11
/* N03 pointer in rbx (callee-saved; not an argument) */
FN n_rbx
  push %rbx
  sub $16,%rsp
  mov %rsp,%rax
  mov %rax,8(%rsp)
  lea 8(%rsp),%rbx
  call ext0
  mov 8(%rsp),%rsp
  add $16,%rsp
  pop %rbx
  ret
END n_rbx
