// static_call_update(foo, hm1+1) with the address computed (lea hm1; inc):
// __static_call_transform sends the CALL site through
// callthunks_translate_call_dest, which writes the thunk before hm1+1
// (static_call.c, callthunks.c). With thunk_g.o and thunk_h.o
// (tests/review122).
.text
.globl user
.type user,@function
user: push %rbp
  mov %rsp,%rbp
1: call __SCT__foo
  pop %rbp
  ret
.size user,.-user
.globl setter
.type setter,@function
setter: push %rbp
  mov %rsp,%rbp
  lea hm1(%rip),%rdx; inc %rdx
  lea __SCT__foo(%rip),%rsi
  lea __SCK__foo(%rip),%rdi
  call __static_call_update
  pop %rbp
  ret
.size setter,.-setter
.section .static_call_sites,"aw"
  .long 1b - .
  .long __SCK__foo - .
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
