	.include "r40_alt.inc"
	.include "victim_g.inc"
	PATCHED_ENTRY swapgs
