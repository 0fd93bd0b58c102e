# lea ext_size(%rax),%rdx with %rax = 0: the bytes read `lea 0(%rax)`, the
# linker makes %rdx = ext_size; `sub %rdx,%rsp` moves %rsp by -ext_size, so the
# restore at the end moves it back by +ext_size (16 when linked as below).
# LINK: --defsym ext_size=16
.text
.globl f; .type f,@function
f:
  push %rbp
  mov %rsp,%rbp
  mov %rsp,%rcx
  mov %rcx,-8(%rbp)
  xor %eax,%eax
  lea ext_size(%rax),%rdx
  sub %rdx,%rsp
  mov -8(%rbp),%rsp
  pop %rbp
  ret
.size f, .-f
