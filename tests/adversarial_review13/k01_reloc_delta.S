# relocated immediate plus a plain one: the delta is 8 + ext_size (24 when linked with ext_size=16)
# LINK: --defsym ext_size=16
# EMU: {}
.text
.globl f; .type f,@function
f:
  mov %rsp,%rax
  sub $ext_size,%rsp
  sub $8,%rsp
  mov %rax,%rsp
  ret
.size f, .-f
