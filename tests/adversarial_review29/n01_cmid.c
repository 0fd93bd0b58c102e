extern void f(void);
asm("	.text\n	.p2align 8\n	.globl f\n	.type f,@function\nf:\n"
    "	pushq %rbp\n	movq %rsp,%rbp\n	subq $16,%rsp\n	movq %rsp,%rax\n"
    "	movq %rax,-8(%rbp)\n	nop\n	movq -8(%rbp),%rax\n	movq %rax,%rsp\n"
    "	addq $16,%rsp\n	popq %rbp\n	retq\n	.size f,.-f\n");
void entry(void)
{
	volatile unsigned long p = (unsigned long)f;
	p += 0x10;
	((void (*)(void))p)();
}
