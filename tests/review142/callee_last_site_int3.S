// f calls h, whose last instruction is an alternative's site: `ret`,
// replaced (X86_FEATURE_ALWAYS) by `int3`. Once the kernel resumes after
// the #BP, h runs on into k: ret $8, and f's restore writes %rsp - 8
// (blind review 142). With -DREPL_RET (the control) the replacement is
// another `ret`, and the claim stands.
#include "common.h"
#ifdef REPL_RET
#define REPL ret
#else
#define REPL int3
#endif
COMMENT
.text
.globl f
.type f,@function
f: push %rbx
 mov %rsp,%rbx
 call h
 mov %rbx,%rsp
 pop %rbx
 ret
.size f, .-f
.type h,@function
h: nop
661: ret
662:
.size h,.-h
.type k,@function
k: ret $8
.size k,.-k
.section .altinstr_replacement,"ax"
663: REPL
664:
.previous
ALTENT(661b, 662b-661b, 663b, 664b-663b, FALWAYS)
