// g keeps its %rsp copy in %rbx across a call to hm1, another input's
// compiled function (thunk_h.S).
.text
.globl g
.type g,@function
g: push %rbx; mov %rsp,%rbx
  call hm1
  mov %rbx,%rsp; pop %rbx; ret
.size g,.-g
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
