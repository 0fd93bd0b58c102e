# Control for the reading that follows every value along paths (session 26):
# a pointer loaded from memory is moved by arithmetic only on paths that
# leave (a call to the kernel's __stack_chk_fail, a jump to the return
# thunk); where the function calls through it, it is as loaded. f is
# entered at its start only: its restore is a no-op on every path.
.text
.globl f
.type f,@function
f:
  push %rbp
  mov %rsp,%rbp
  sub $16,%rsp
  mov %rsp,%rax
  mov %rax,-8(%rbp)
  nop
  mov -8(%rbp),%rax
  mov %rax,%rsp
  add $16,%rsp
  pop %rbp
  jmp __x86_return_thunk
.size f,.-f

.globl entry
.type entry,@function
entry:
  push %rbp
  mov %rsp,%rbp
  push %rbx
  sub $8,%rsp
  mov (%rdi),%rbx
  test %rsi,%rsi
  je 1f
  add $0x10,%rbx
  call __stack_chk_fail
1:
  test %rdx,%rdx
  je 2f
  mov %rbx,%r11
  call __x86_indirect_thunk_r11
  add $0x20,%rbx
  add $8,%rsp
  pop %rbx
  pop %rbp
  jmp __x86_return_thunk
2:
  call *%rbx
  add $8,%rsp
  pop %rbx
  pop %rbp
  jmp __x86_return_thunk
.size entry,.-entry
