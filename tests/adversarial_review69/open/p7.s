.text
.globl leak
.type leak,@function
leak:
  push %rbp
  mov %rsp,%rbp
  sub $0x40,%rsp
  lea -0x40(%rbp),%rax
  mov %rax,gptr(%rip)
  leave
  ret
.size leak,.-leak
.globl p7
.type p7,@function
p7:
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
.size p7,.-p7
.globl driver
.type driver,@function
driver:
  call leak
  call p7
  ret
.size driver,.-driver
.bss
.globl gptr
gptr: .quad 0
