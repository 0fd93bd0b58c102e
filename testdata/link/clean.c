/*
 * rspill test input (written for the test suite): a function objtool has
 * nothing to say about, the "rebuilt object" that replaces a failing member
 * when vmlinux.o is relinked (tests/fix_start.rs).
 *
 * Built by the test: clang-19 --target=x86_64-linux-gnu -c -O2 -mno-red-zone
 *   -mcmodel=kernel -fno-pic -mfunction-return=thunk-extern
 *   -fno-asynchronous-unwind-tables clean.c
 */
int clean_add_one(int x)
{
	return x + 1;
}
