.text
.globl p1
.type p1,@function
p1:
  push %rbp
  mov %rsp,%rbp
  sub $0x40,%rsp
  mov %rsp,%rax
  mov %rax,-0x40(%rbp)
  movq $0x1000,(%rsi)
  mov -0x40(%rbp),%rsp
  leave
  ret
.size p1,.-p1
.globl p2
.type p2,@function
p2:
  push %rbp
  mov %rsp,%rbp
  sub $0x40,%rsp
  mov %rsp,%rax
  mov %rax,-0x40(%rbp)
  mov (%rdi),%rcx
  movq $0x1000,(%rcx)
  mov -0x40(%rbp),%rsp
  leave
  ret
.size p2,.-p2
.globl p3
.type p3,@function
p3:
  mov %rsp,%rax
  mov %rax,-8(%rsp)
  mov -8(%rsp),%rsp
  ret
.size p3,.-p3
.globl p4
.type p4,@function
p4:
  push %rbp
  mov %rsp,%rbp
  sub $0x40,%rsp
  mov %rsp,%rax
  mov %rax,-0x40(%rbp)
  mov %gs:0x28,%rcx
  movq $0x1000,(%rcx)
  mov -0x40(%rbp),%rsp
  leave
  ret
.size p4,.-p4
.globl p5
.type p5,@function
p5:
  push %rbp
  mov %rsp,%rbp
  sub $0x40,%rsp
  mov %rsp,%rax
  mov %rax,-0x40(%rbp)
  movq $0x1000,gvar(%rip)
  mov -0x40(%rbp),%rsp
  leave
  ret
.size p5,.-p5
.globl p6
.type p6,@function
p6:
  push %rbp
  mov %rsp,%rbp
  sub $0x40,%rsp
  mov %rsp,%rax
  mov %rax,-0x40(%rbp)
  mov gptr(%rip),%rcx
  movq $0x1000,(%rcx)
  mov -0x40(%rbp),%rsp
  leave
  ret
.size p6,.-p6
