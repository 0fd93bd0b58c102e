// The control: the replacement pushes and pops again (no int3): the claim stands.
#include "common.h"
.text
.globl f; .type f,@function
f: push %rbx
 mov %rsp,%rbx
661: nop; nop; nop
662:
 mov %rbx,%rsp
 pop %rbx
 ret
.size f,.-f
.pushsection .altinstr_replacement,"ax"
663: push %rax; pop %rax
664:
.popsection
ALTENT(661b, 662b-661b, 663b, 664b-663b, FALWAYS)
COMMENT
