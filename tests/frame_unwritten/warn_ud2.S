/* A WARN (BUGFLAG_WARNING | BUGFLAG_NO_CUT_HERE | TAINT_WARN << 8, as
   6.12's WARN_ON): the kernel resumes after its ud2. */
#define BUG_FLAGS 0x0901
#include "ud2_jumper.inc"
