/* Flags 0, but `.kcfi_traps` names the ud2 (a kCFI check's trap, which a
   permissive kernel resumes after): not taken as a BUG. */
#define BUG_FLAGS 0
#include "ud2_jumper.inc"
	.pushsection .kcfi_traps,"ao",@progbits,.text
	.long 2b - .
	.popsection
