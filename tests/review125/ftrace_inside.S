// victim pushes %rsp, then has an ftrace site (a 5-byte nop that
// __mcount_loc lists) one byte past its entry. With the function_graph
// tracer on, the kernel writes call ftrace_caller there, and
// prepare_ftrace_return takes the word at %rsp (the pushed copy) for the
// return address and rewrites it to return_to_handler: pop %rax; mov
// %rax,%rsp then writes that address into %rsp.
.text
.globl victim
.type victim,@function
victim:
  push %rsp
1: .byte 0x0f,0x1f,0x44,0x00,0x00
  pop %rax
  mov %rax,%rsp
  ret
.size victim,.-victim
.section __mcount_loc,"a"
  .quad 1b
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
