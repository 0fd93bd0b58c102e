.text
.globl start
.type start,@function
start:
  call f
  call k
  mov %rsp,%rbx
  lea -0x200(%rsp),%rsp
  movabs $0x7f0000001000,%rax
  mov %rax,8(%rsp)
  jmp *saved(%rip)
  hlt
.size start,.-start
.globl f
.type f,@function
f:
  push %rbp
  sub $0x10,%rsp
  mov %rsp,8(%rsp)
  call g
  mov 8(%rsp),%rax
  mov %rax,%rsp
  add $0x10,%rsp
  pop %rbp
  ret
.size f,.-f
.type g,@function
g:
  ret
.size g,.-g
.type k,@function
k:
  sub $0x40,%rsp
  fldl 0x20(%rsp)
  fstpl saved(%rip)
  add $0x40,%rsp
  ret
.size k,.-k
.data
saved: .quad 0
gp: .quad 0
.section .comment,"MS",@progbits,1
.asciz "Ubuntu clang version 19.1.1"

