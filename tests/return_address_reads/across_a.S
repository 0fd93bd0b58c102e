# The input whose `spilled` another input (across_b.o) branches into.
#include "spilled.inc"
#include "compiled.inc"
