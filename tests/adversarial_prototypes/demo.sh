#!/usr/bin/env bash
# For every claim rspill makes in this directory that is (or may be) false:
# print rspill's finding, then execute the code in Unicorn (emu.py) and
# compare the value written to %rsp with the claim.  Run ./build.sh first.
# Output: demo.txt (this script's stdout).
cd "$(dirname "$0")"
R=/work/main/target/release/rspill
claim() {   # claim SCANNED_OBJ FUNC OFF   -- what rspill printed for FUNC+OFF
	$R scan --no-source --format json "$1" | python3 -c '
import sys, json
for l in sys.stdin:
    r = json.loads(l)
    if r["type"] == "finding" and r["function"] == sys.argv[1] and r["offset"] == int(sys.argv[2], 0):
        print("  rspill: %s+%#x %s restore_redundant=%s rsp_delta=%s: %s" % (r["function"], r["offset"], r["kind"], str(r["restore_redundant"]).lower(), r["rsp_delta"], r["summary"]))' "$2" "$3"
}
demo() {    # demo ID SCANNED_OBJ RUN_OBJ FUNC OFF EXPECT [emu args]
	local id=$1 scanned=$2 runobj=$3 func=$4 off=$5 exp=$6; shift 6
	echo "[$id] $scanned $func+$off  (executed: $runobj)"
	claim "$scanned" "$func" "$off"
	./emu.py "$runobj" "$func" "$off" "$exp" "$@" 2>&1 | grep -v 'emulation stopped' | sed 's/^/  /'
	echo
}
echo "=== call_on_stack switch-back claims (rsp-switch 'switches back to this function's stack')"
demo S1  reach.o              reach.o              on_clobber_global 0x1b 0x10
demo S2  reach.o              reach.o              on_ptr_arg        0x1e 0x10
demo S3  reach.o              reach.o              on_nested         0x1b 0x10 --max 3000
demo S4  percpu.o             percpu.o             on_irq_clobber    0x37 0x20 --init hardirq_stack_ptr=0x370ff8
demo S5  percpu.o             percpu.o             on_irq_nest       0x37 0x20 --init hardirq_stack_ptr=0x370ff8 --max 3000
demo S6  reach.o              reach.o              on_above_ra       0x1b 0x10
demo S7  gcc_conv.o           gcc_conv.o           on_msabi_addr     0x12 0x8
demo S8  msinl_gcc.o          msinl_gcc.o          on_ms_plain       0x12 0x8
demo S9  msinl_gcc.o          msinl_gcc.o          on_ms_inl         0x12 0x8
demo S10 gcc_mabi_ms.o        gcc_mabi_ms.o        on_home           0x14 0x18
demo S11 ifunc_gcc.o          ifunc_gcc.o          on_ifunc          0x12 0x8
demo S12 ldr/ab.o             ldr/abc.o            on_foo            0x18 0x10
demo S13 ldr/ab_thinlto.o     ldr/abc_thinlto.o    on_foo            0x18 0x10
demo S14 ldr/weak.o           ldr/weak_strong.o    on_weak           0x18 0x10
demo S15 mismatch.o           mismatch.o           on_naked          0x18 0x10
demo S16 lowpc_gcc_edited.o   lowpc_gcc_edited.o   on_evl            0x12 0x8
echo "--- claims of the same kind that hold when executed (the callee owns or could reach the cell, but this body does not write it)"
demo H1  gcc_conv.o           gcc_conv.o           on_msabi          0x12 0x8
demo H2  ifunc_clang.o        ifunc_clang.o        on_ifunc          0x18 0x10
demo H3  origin_clang.o       origin_clang.o       on_var_inl        0x18 0x10
echo "--- controls (claims that are right)"
demo C1  gcc_conv.o           gcc_conv.o           on_plain          0x12 0x8
demo C2  types.o              types.o              on_i128_3         0x18 0x10

echo "=== ordinary code: restore_redundant:true claims (spilled-rsp)"
demo N1  ns_run_gcc.o         ns_run_gcc.o         run_naked_w_0     0xe  same
demo N2  ns_run_gcc.o         ns_run_gcc.o         run_ms_home_0     0xe  same
demo N3  ns_run_gcc.o         ns_run_gcc.o         run_ms_home2_8    0x17 same
demo N4  ns_ifunc.o           ns_ifunc.o           run_ifunc         0xe  same
demo N5  ldr/ab_run.o         ldr/ab_run_c.o       run_foo           0xe  same
demo N6  ldr/weak_run.o       ldr/weak_run_s.o     run_hook          0xe  same
echo "--- holds when executed, though the callee owns the slot (ms_abi home slot of its 2nd argument)"
demo H4  ns_run_gcc.o         ns_run_gcc.o         run_ms_home_8     0x17 same
echo "--- control"
demo C3  ns_run_gcc.o         ns_run_gcc.o         run_plain_0       0xe  same

echo "=== consequence: rspill rewrite NOPs the falsely redundant restores N1-N3"
$R rewrite ns_run_gcc.o --function run_naked_w_0 --function run_ms_home_0 --function run_ms_home2_8 \
	-o ns_run_gcc.rewritten.o 2>&1 | grep -E '^ns_run_gcc.o: rewritten|^wrote'
