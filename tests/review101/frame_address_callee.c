/* A callee that keeps the calling convention and writes its caller's frame
 * through the frame-pointer chain: __builtin_frame_address(1) is the
 * caller's %rbp (CFA-16 of frame_pointer_victim), fp[-3] its CFA-40, the
 * spill slot. Built in the kernel's shape:
 * clang-19 --target=x86_64-linux-gnu -O2 -mcmodel=kernel -fno-pic -mno-red-zone \
 *   -ffreestanding -fno-omit-frame-pointer -c frame_address_callee.c
 */
__attribute__((noinline)) void ext(void)
{
	long *fp = __builtin_frame_address(1);
	fp[-3] = 0x1000;
}
