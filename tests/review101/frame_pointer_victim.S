// victim keeps %rbp as a frame pointer (CFA-16) and spills its %rsp copy
// at -24(%rbp), CFA-40, across a call to ext.
#include "../review92/common.h"
.text
.globl victim
.type victim,@function
victim: push %rbp; mov %rsp,%rbp; push %rbx; sub $24,%rsp; mov %rsp,%rbx; mov %rbx,-24(%rbp); call ext; mov -24(%rbp),%rbx; mov %rbx,%rsp; add $24,%rsp; pop %rbx; pop %rbp; ret
.size victim, .-victim
COMMENT
