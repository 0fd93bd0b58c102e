# static_cpu_has()'s shape, but another block in .altinstr_aux (entered from
# g after a push) jumps into the middle of f's block (an assembler-resolved
# jump, no relocation): from g, f's restore moves %rsp by +8.
.text
.globl f; .type f,@function
f:
  mov %rsp,%rax
  jmp 6f
.Lyes:
  nop
.Lno:
  mov %rax,%rsp
  ret
.size f, .-f
.globl g; .type g,@function
g:
  mov %rsp,%rax
  push %rbx
  jmp 7f
.size g, .-g
.section .altinstr_aux,"ax"
6:
  testb $0x4, feature_bits+0x2(%rip)
8:
  jnz .Lyes
  jmp .Lno
7:
  test %rax,%rax
  jmp 8b
