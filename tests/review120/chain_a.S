// victim keeps its %rsp copy in %rbx across a call to helper, another
// input's compiled function (chain_b.S or chain_tail_b.S).
.text
.globl victim
.type victim,@function
victim: push %rbx; mov %rsp,%rbx
  call helper
  mov %rbx,%rsp; pop %rbx; ret
.size victim, .-victim
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
