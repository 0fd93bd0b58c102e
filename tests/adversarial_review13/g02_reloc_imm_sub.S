# sub $ext_size,%rsp: the immediate is a relocation (object bytes hold 0)
# LINK: --defsym ext_size=16
# EMU: {}
.text
.globl f; .type f,@function
f:
  mov %rsp,%rax
  sub $ext_size,%rsp
  mov %rax,%rsp
  ret
.size f, .-f
