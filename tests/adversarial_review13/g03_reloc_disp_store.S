# store whose displacement is a relocation: resolves to -8(%rbp) = the slot at link time
# LINK: --defsym ext_off=-8
# EMU: {}
.text
.globl f; .type f,@function
f:
  push %rbp
  mov %rsp,%rbp
  sub $16,%rsp
  mov %rsp,%rax
  mov %rax,-8(%rbp)
  movq $0,ext_off(%rbp)
  mov -8(%rbp),%rsp
  leave
  ret
.size f, .-f
