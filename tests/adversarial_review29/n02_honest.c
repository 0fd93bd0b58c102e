extern void f(void);
asm("	.text\n	.p2align 4\n	.globl f\n	.type f,@function\nf:\n"
    "	pushq %rbp\n	movq %rsp,%rbp\n	subq $16,%rsp\n	movq %rsp,%rax\n"
    "	movq %rax,-8(%rbp)\n	nop\n	movq -8(%rbp),%rax\n	movq %rax,%rsp\n"
    "	addq $16,%rsp\n	popq %rbp\n	retq\n	.size f,.-f\n");
static int a1(int x) { return x + 1; }
static int a2(int x) { return x * 3; }
static int a3(int x) { return x - 7; }
static int (*const ops[])(int) = { a1, a2, a3 };
int (*volatile hook)(int) = a2;
struct s { long v; } gs;
int sw(int k, int x)
{
	switch (k) {
	case 0: return x + 5; case 1: return x * 9; case 2: return x ^ 3;
	case 3: return x - 11; case 4: return x << 2; case 5: return x / 7;
	case 6: return x % 13; default: return 0;
	}
}
int entry(void)
{
	int r = 0;
	gs.v += 0x10;
	for (int i = 0; i < 3; i++)
		r += ops[i](i);
	r += hook(r);
	r += sw(r & 7, r);
	f();
	return r;
}
