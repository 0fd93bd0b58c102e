# An alternative site listed in .discard.ignore_alts (ANNOTATE_IGNORE_ALTERNATIVE):
# objtool does not walk its replacement (`mov %rax,%rsp`) and prints nothing;
# the model walked it (`undefined stack state`). Blind review 114 (session 49).
# want: f uncertain

 .text
 .globl f
 .type f,@function
f:
 push %rbx
 sub $0x10,%rsp
 mov %rsp,%rbx
 .pushsection .discard.ignore_alts,"",@progbits
 .long 661f - .
 .popsection
661: .byte 0x0f,0x1f,0x00
662:
 .pushsection .altinstructions,"a"
 .long 661b - .
 .long 663f - .
 .long 0x75
 .byte 662b-661b
 .byte 664f-663f
 .popsection
 .pushsection .altinstr_replacement,"ax"
663: mov %rax,%rsp
664:
 .popsection
 call g
 mov %rbx,%rsp
 add $0x10,%rsp
 pop %rbx
 jmp __x86_return_thunk
 .size f,.-f
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
