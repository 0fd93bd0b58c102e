# The first undefined CFA (+0x16) lies inside an alternative's original bytes
# (site +0x13, replacement ud2): objtool's ORC pass reports the group at its first
# instruction (`f+0x13: unknown CFA base reg -1`). Blind review 114 (session 49).
# want: f uncertain

 .text
 .globl f
 .type f,@function
f:
 sub $0x18,%rsp
 mov %rsp,0x8(%rsp)
 call g
 mov 0x8(%rsp),%rax
661: mov %rax,%rsp
 .byte 0x66,0x90
662:
 .pushsection .altinstructions,"a"
 .long 661b - .
 .long 663f - .
 .long 0x75
 .byte 662b-661b
 .byte 664f-663f
 .popsection
 .pushsection .altinstr_replacement,"ax"
663: ud2
664:
 .popsection
 call __stack_chk_fail
 .size f,.-f
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
