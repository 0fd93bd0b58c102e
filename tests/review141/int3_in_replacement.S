// An ALTERNATIVE whose replacement is int3; push %rax: the kernel resumes after the int3 (a #BP a handler takes), and the push leaves %rsp 8 lower at the restore.
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
663: int3; push %rax
664:
.popsection
ALTENT(661b, 662b-661b, 663b, 664b-663b, FALWAYS)
COMMENT
