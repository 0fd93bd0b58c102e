/* Calling conventions as GCC records them in DWARF (build with gcc). */
#include "common.h"
__attribute__((noinline, ms_abi)) void msabi(long a) { sink = a; }
__attribute__((noinline, ms_abi)) void msabi_addr(long a) { extern void take(long *); take(&a); }
__attribute__((noinline, sysv_abi)) void sysv(long a) { sink = a; }
__attribute__((noinline)) void plain(long a) { sink = a; }
__attribute__((noinline)) void seven(long a, long b, long c, long d, long e, long f, long g) { sink = a+g; }

void on_msabi(void) { call_on_stack(msabi); }
void on_msabi_addr(void) { call_on_stack(msabi_addr); }
void on_sysv(void) { call_on_stack(sysv); }
void on_plain(void) { call_on_stack(plain); }
void on_seven(void) { call_on_stack(seven); }
