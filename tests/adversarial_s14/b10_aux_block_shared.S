# static_cpu_has()'s shape, but g also jumps to f's .altinstr_aux block (after
# a push), and so comes back into f through it: at f's restore %rsp is 8 below
# %rax on g's path.
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
  jmp 6f
.size g, .-g
.section .altinstr_aux,"ax"
6:
  testb $0x4, feature_bits+0x2(%rip)
  jnz .Lyes
  jmp .Lno
