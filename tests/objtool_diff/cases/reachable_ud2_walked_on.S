# A ud2 annotated reachable (.discard.reachable, as WARN does): objtool
# walks on past it (`f+0x25: undefined stack state` with --no-unreachable); the
# model ended the path there. Blind review 114 (session 49): the model now
# walks on too.
# want: f agree
# objtool-args: --hacks=jump_label --hacks=noinstr --orc --retpoline --rethunk --static-call --uaccess --no-unreachable

 .text
 .globl f
 .type f,@function
f:
 sub $0x18,%rsp
 mov %rsp,0x8(%rsp)
 call g
 test %eax,%eax
 jne 2f
 add $0x18,%rsp
 jmp __x86_return_thunk
2: mov 0x8(%rsp),%rax
 mov %rax,%rsp
1: ud2
 .pushsection .discard.reachable,"",@progbits
 .long 3f - .
 .popsection
3: add $0x18,%rsp
 jmp __x86_return_thunk
 .size f,.-f
.section .comment,"MS",@progbits,1; .asciz "clang version 19"
