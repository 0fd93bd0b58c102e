/*
 * Pair c2_23_C_switch_identical (b.c); class 2-data-via-relocations
 * Build: clang-19 --target=x86_64-linux-gnu -O2 -c -fno-asynchronous-unwind-tables b.c -o OUT/c2_23_C_switch_identical/b.o
 *
 * Truth (per function):
 *   f: identical -- same switch and same table
 *   g: changed -- x*7+3 vs x*9+3
 *
 * Control for the relative jump table: the same C switch (clang lowers it to
 * .rodata entries ".long .LBBx - .LJTI", i.e. R_X86_64_PC32 .text+(X+4*i))
 * in both objects, plus an unrelated function g whose code differs in B.
 * f is identical; g changed.
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
	return x * 9 + 3;
}
