.text
.globl s5
.type s5,@function
s5:
  push %rbp
  mov %rsp,%rbp
  sub $0x40,%rsp
  mov %rsp,%rax
  mov %rax,-0x40(%rbp)
  movq $0x1000,0x7fef7fb8
  mov -0x40(%rbp),%rsp
  leave
  ret
.size s5,.-s5
