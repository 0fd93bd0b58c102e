.text
.globl s2
.type s2,@function
s2:
  push %rbp
  mov %rsp,%rbp
  sub $0x40,%rsp
  mov %rsp,%rax
  mov %rax,-0x40(%rbp)
  movq $0x1000,%gs:(%rdi)
  mov -0x40(%rbp),%rsp
  leave
  ret
.size s2,.-s2
