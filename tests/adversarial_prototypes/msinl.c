/*
 * ms_abi functions that are also inlined somewhere: the calling convention
 * then sits on the abstract DW_TAG_subprogram (DW_AT_inline), the
 * out-of-line copy refers to it with DW_AT_abstract_origin.
 */
#include "common.h"
extern void take(long *);
static inline __attribute__((used, ms_abi)) void ms_inl(long a) { take(&a); }
void direct(void) { ms_inl(1); }
void on_ms_inl(void) { call_on_stack(ms_inl); }

__attribute__((ms_abi)) NOSAN void ms_plain(long a) { take(&a); }
void on_ms_plain(void) { call_on_stack(ms_plain); }
