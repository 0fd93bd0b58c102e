.text
.globl x2
.type x2,@function
x2:
  push %rbp
  mov %rsp,%rbp
  sub $0x40,%rsp
  mov %rsp,%rax
  mov %rax,-0x40(%rbp)
  cmp %rsp,%rdi
  jne 1f
  movq $0x1000,(%rdi)
1:
  mov -0x40(%rbp),%rsp
  leave
  ret
.size x2,.-x2
