/*
 * Pair c2_03_C_switch (a.c); class 2-data-via-relocations
 * Build: clang-19 --target=x86_64-linux-gnu -O2 -c -fno-asynchronous-unwind-tables a.c -o OUT/c2_03_C_switch/a.o
 *
 * Truth (per function):
 *   f: changed -- case 1 calls ext1 (A) vs ext2 (B)
 *   g: identical -- untouched
 *
 * C switch lowered to a jump table. B swaps which case label selects which
 * callee (case 1 -> ext2, case 2 -> ext1). f(1,y) calls ext1 in A, ext2 in B.
 * (clang-19 happens to keep the table and change the block order/relocations.)
 */

int ext0(int), ext1(int), ext2(int), ext3(int), ext4(int);

int f(int x, int y)
{
	switch (x) {
	case 0: return ext0(y);
	case 1: return ext1(y);
	case 2: return ext2(y);
	case 3: return ext3(y);
	case 4: return ext4(y);
	}
	return -1;
}

int g(int x)
{
	return x * 7 + 3;
}
