# Control: static_cpu_has()'s shape. f jumps to a block in .altinstr_aux that
# tests a feature bit and jumps back to one of two labels; neither path writes
# anything, so the restore is a no-op on both and stays claimed.
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
  testb $0x4, feature_bits+0x2(%rip)
  jnz .Lyes
  jmp .Lno
