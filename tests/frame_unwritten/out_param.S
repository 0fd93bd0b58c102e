#include "../review82_open/below_stack/victim_and_drv.inc"
#include "../review82_open/below_stack/drv_once.inc"
 sub $24,%rsp
 lea 8(%rsp),%rdi
 call fill
 mov 8(%rsp),%rax
 add $24,%rsp
 jmp *%rax
 .size jumper,.-jumper
 .globl fill
 .type fill,@function
fill:
 movq $target,(%rdi)
 ret
 .size fill,.-fill
 .globl target
 .type target,@function
target:
 ret
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
