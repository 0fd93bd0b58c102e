/* Flags 0 in the 8-byte entry of a kernel without CONFIG_DEBUG_BUGVERBOSE:
   a layout rspill does not read (nothing in it tells the flags' place from
   another layout's), so the trap is taken to go on. */
#define BUG_FLAGS 0
#define SHORT_ENTRY
#include "ud2_jumper.inc"
