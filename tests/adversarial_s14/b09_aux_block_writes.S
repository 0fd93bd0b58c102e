# static_cpu_has()'s shape, but the .altinstr_aux block pushes before jumping
# back: at f's restore %rsp is 8 below %rax on both paths through the block.
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
.section .altinstr_aux,"ax"
6:
  push %rbx
  testb $0x4, feature_bits+0x2(%rip)
  jnz .Lyes
  jmp .Lno
