// A static key's site in victim jumps, when enabled, to code that pushes
// before the restore: the restore is not provable. A reproducer without
// the __jump_table entry shows a plain no-op (blind review 100's c_jl):
// extract must say that it does not reproduce.
#include "../review92/common.h"
.text
.globl victim
.type victim,@function
victim: push %rbx; mov %rsp,%rbx
SITE(1, 3f)
 jmp 2f
3: push %rax
2: mov %rbx,%rsp; pop %rbx; ret
.size victim, .-victim
JTE(1b, 3b, key)
COMMENT
