/* The ud2 listed twice: with flags 0 (a BUG) in one `__bug_table` section
   and as a WARN in a second. The kernel takes the first entry it finds in
   the linked table, and which section comes first is the link's to say:
   the ud2 is not taken as a BUG. */
#define BUG_FLAGS 0
#include "ud2_jumper.inc"
	.section __bug_table,"aw",@progbits,unique,2
5:	.long 2b - .
	.long .Lfile - .
	.word 43
	.word 1
	.org 5b + 12
	.text
