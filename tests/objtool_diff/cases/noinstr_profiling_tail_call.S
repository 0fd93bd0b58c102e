# A tail call to __sanitizer_cov_trace_pc in .noinstr.text: under --hacks=noinstr
# objtool makes it a return (`f+0x16: return with modified stack frame`); the
# model took it for a sibling call. Blind review 114 (session 49).
# want: f uncertain

 .section .noinstr.text,"ax",@progbits
 .globl f
 .type f,@function
f:
 sub $0x18,%rsp
 mov %rsp,0x8(%rsp)
 call g
 mov 0x8(%rsp),%rax
 mov %rax,%rsp
 jmp __sanitizer_cov_trace_pc
 .size f,.-f
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
