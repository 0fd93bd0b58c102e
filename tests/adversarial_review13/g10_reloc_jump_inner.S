# intra-function jump written against a global label inside f (assembled as a relocation, raw bytes = jump to next insn)
# EMU: {"rdi":0}
# EMU: {"rdi":1}
.text
.globl f; .type f,@function
f:
  push %rbp
  mov %rsp,%rbp
  sub $16,%rsp
  mov %rsp,%rax
  mov %rax,-8(%rbp)
  test %rdi,%rdi
  jnz 1f
  jmp f_push
1:
  mov -8(%rbp),%rsp
  leave
  ret
.globl f_push
f_push:
  push %rdx
  jmp 1b
.size f, .-f
