#!/bin/sh
# On demand (about 15 minutes on 2 cores): prove every ASM_CALL_CONSTRAINT edit
# of a kernel tree with the preprocessor and compiler (examples/asm_census.rs
# --verify), in three configurations so that every statement is compiled by
# some unit:
#   kmsan  the KMSAN build the user already has (BUILD, optional)
#   wide   x86_64 defconfig + HYPERV, KVM, XEN_PV (PARAVIRT_XXL), PREEMPT
#          without PREEMPT_DYNAMIC: the statements defconfig leaves out
#   i386   i386 defconfig + PARAVIRT_SPINLOCKS: the 32-bit-only statements, and
#          the paravirt calls a 32-bit build also compiles
#   noagout  the wide configuration as kbuild configures it for a compiler
#          without `asm goto` outputs (CONFIG_CC_HAS_ASM_GOTO_OUTPUT unset:
#          no-asm-goto-output/clang-19 on PATH fails only that Kconfig probe);
#          its units are compiled by the real clang-19: the `#else` branches
#          (kvm/vmx/vmx_ops.h) that no compiler on this machine would build
# Each configuration is `make prepare`d in WORK and only the objects that
# compile those statements are built (for their .cmd files).
#
#   tests/census/verify.sh TREE WORK [BUILD]
set -eu
tree=$(realpath "$1"); work=$(realpath -m "$2"); kmsan=${3:-}
mk() { make -s -C "$tree" LLVM=-19 "$@"; }
mkdir -p "$work"
if [ ! -f "$work/wide/.config" ]; then
	mk O="$work/wide" defconfig
	"$tree/scripts/config" --file "$work/wide/.config" \
		-e HYPERVISOR_GUEST -e HYPERV -e KVM -e KVM_INTEL -e KVM_AMD \
		-e XEN -e XEN_PV -e PREEMPT -d PREEMPT_VOLUNTARY -d PREEMPT_DYNAMIC
	mk O="$work/wide" olddefconfig
fi
mk O="$work/wide" -j"$(nproc)" arch/x86/kvm/emulate.o arch/x86/hyperv/ \
	arch/x86/kernel/paravirt.o arch/x86/kernel/process_64.o kernel/sched/core.o
[ -f "$work/i386/.config" ] || mk O="$work/i386" ARCH=i386 defconfig
"$tree/scripts/config" --file "$work/i386/.config" -e HYPERVISOR_GUEST -e HYPERV \
	-e PARAVIRT -e PARAVIRT_SPINLOCKS
mk O="$work/i386" ARCH=i386 olddefconfig
mk O="$work/i386" ARCH=i386 -j"$(nproc)" arch/x86/kernel/alternative.o arch/x86/hyperv/ \
	kernel/locking/qspinlock.o arch/x86/kernel/paravirt-spinlocks.o
if [ ! -f "$work/noagout/.config" ]; then
	mkdir -p "$work/noagout"
	cp "$work/wide/.config" "$work/noagout/.config"
fi
noagout_path="$(cd "$(dirname "$0")" && pwd)/no-asm-goto-output:$PATH"
env PATH="$noagout_path" make -s -C "$tree" LLVM=-19 O="$work/noagout" olddefconfig
if grep -q '^CONFIG_CC_HAS_ASM_GOTO_OUTPUT=y' "$work/noagout/.config"; then
	echo "noagout: CONFIG_CC_HAS_ASM_GOTO_OUTPUT is still set" >&2
	exit 1
fi
env PATH="$noagout_path" make -s -C "$tree" LLVM=-19 O="$work/noagout" -j"$(nproc)" \
	arch/x86/kvm/vmx/vmx.o
builds="$work/wide,$work/i386,$work/noagout"
[ -n "$kmsan" ] && builds="$(realpath "$kmsan"),$builds"
cd "$(dirname "$0")/../.."
cargo run -q --release --example asm_census -- "$tree" --verify "$builds"
