/*
 * Symbol aliases: one address, two names, one DW_TAG_subprogram (the
 * target's).  one_alias is declared with one argument but is the code of
 * seven_impl (seven arguments); seven_alias is declared with seven but is
 * the code of one_impl.
 */
#include "common.h"
extern void bar_fn(long a, long b, long c, long d, long e, long f, long g);
NOSAN void seven_impl(long a, long b, long c, long d, long e, long f, long g) { bar_fn(a, b, c, d, e, f, g + 0x6161); }
void one_alias(long a) __attribute__((alias("seven_impl")));
NOSAN void one_impl(long a) { sink = a; }
void seven_alias(long a, long b, long c, long d, long e, long f, long g) __attribute__((alias("one_impl")));
void on_one_alias(void) { call_on_stack(one_alias); }
void on_seven_alias(void) { call_on_stack(seven_alias); }
