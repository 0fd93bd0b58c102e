/* Flags 0, but objtool's ANNOTATE_REACHABLE names the instruction after
   the ud2 (`.discard.reachable`): rspill does not take it as a BUG. */
#define BUG_FLAGS 0
#include "ud2_jumper.inc"
	.pushsection .discard.reachable
	.long 2b + 2
	.popsection
