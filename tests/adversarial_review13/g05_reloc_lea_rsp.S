# lea ext_off(%rsp),%rsp with relocated displacement
# LINK: --defsym ext_off=-8
# EMU: {}
.text
.globl f; .type f,@function
f:
  mov %rsp,%rax
  lea ext_off(%rsp),%rsp
  mov %rax,%rsp
  ret
.size f, .-f
