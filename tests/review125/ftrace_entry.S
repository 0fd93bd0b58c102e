// The control: the ftrace site at victim's entry, where the word at %rsp
// is victim's return address (the graph tracer's to rewrite).
.text
.globl victim
.type victim,@function
victim:
1: .byte 0x0f,0x1f,0x44,0x00,0x00
  push %rsp
  pop %rax
  mov %rax,%rsp
  ret
.size victim,.-victim
.section __mcount_loc,"a"
  .quad 1b
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
