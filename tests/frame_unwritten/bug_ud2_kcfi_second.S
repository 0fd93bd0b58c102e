/* Flags 0, but a second `.kcfi_traps` section names the ud2 (the first
   names another place): not taken as a BUG (blind review 92's second
   `__jump_table`, for the tables that make a trap resumable). */
#define BUG_FLAGS 0
#include "ud2_jumper.inc"
	.section .kcfi_traps,"ao",@progbits,.text,unique,1
	.long jumper - .
	.section .kcfi_traps,"ao",@progbits,.text,unique,2
	.long 2b - .
	.text
