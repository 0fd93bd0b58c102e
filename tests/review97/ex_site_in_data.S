// An __ex_table entry whose faulting-instruction field is 0 (the entry's
// own address, in no code) and whose fixup is victim's restore: a fault
// there continues at .LR with whatever %rbx holds.
#include "../review92/common.h"
#include "victim.inc"
.pushsection __ex_table,"a"; .balign 4; .long 0; .long .LR - .; .long 0; .popsection
COMMENT
