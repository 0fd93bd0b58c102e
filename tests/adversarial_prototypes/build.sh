#!/usr/bin/env bash
# Rebuild every object of this directory from source (clang-19, gcc 12, GNU
# ld, ld.lld-19).  No network, no repository files touched outside this
# directory.  Run from anywhere: ./build.sh
set -euo pipefail
cd "$(dirname "$0")"
CK=$(cat CFLAGS_KMSAN.txt)   # the fixture's flags: --target=x86_64-linux-gnu -O2 -fsanitize=kernel-memory ... -g
CG=$(cat CFLAGS_GCC.txt)     # gcc: -O2 -mno-red-zone -mcmodel=kernel -fno-pic -ffreestanding -fno-builtin -g
BASE=${CK/ -g / }            # the same without -g (for the debug-info flavours)
run() { printf '  %s\n' "$*"; "$@"; }

echo "== ABI / type cases (clang)"
run clang-19 $CK -c types.c -o types.o
run clang-19 $CK -c types2.c -o types2.o
run clang-19 $CK -Wno-deprecated-non-prototype -c types3.c -o types3.o
run clang-19 $CK -c quals.c -o quals.o
run clang++-19 $CK -c cxx.cc -o cxx.o
run clang-19 $CK -std=gnu23 -c enum128.c -o enum128.o
run clang-19 --target=x86_64-linux-gnu -O2 -S abi_probe.c -o abi_probe.s

echo "== debug-info flavours (clang)"
for v in "-g" "-gline-tables-only" "-g1" "-gdwarf-4" "-gstrict-dwarf" "-gdwarf-4 -gstrict-dwarf" \
	 "-gsplit-dwarf" "-g -gsimple-template-names" "-gdwarf-5 -gembed-source" "-g -gno-column-info" \
	 "-g -fdebug-info-for-profiling" "-gmlt" "-g -fno-eliminate-unused-debug-types" "-gdwarf-2" \
	 "-gdwarf-3" "-g -gz"; do
	n=dbg_$(echo "$v" | tr -c 'a-z0-9\n' '_')
	run clang-19 $BASE $v -c dbgvariants.c -o $n.o
done

echo "== calling conventions / gcc"
run gcc $CG -c gcc_conv.c -o gcc_conv.o
run gcc $CG -mabi=ms -c gcc_mabi_ms.c -o gcc_mabi_ms.o
run clang-19 $CK -c msinl.c -o msinl_clang.o
run gcc $CG -c msinl.c -o msinl_gcc.o

echo "== the cell reached without a stack argument"
run clang-19 $CK -fno-omit-frame-pointer -c reach.c -o reach.o
run clang-19 $CK -c percpu.c -o percpu.o

echo "== DWARF vs code, symbols"
run clang-19 $CK -c mismatch.c -o mismatch.o
run clang-19 $CK -c origin.c -o origin_clang.o
run gcc $CG -c origin.c -o origin_gcc.o
run clang-19 $CK -c origin2.c -o origin2_clang.o
run gcc $CG -c origin2.c -o origin2_gcc.o
run clang-19 $CK -ffunction-sections -c fsec.c -o fsec_clang.o
run gcc $CG -ffunction-sections -c fsec.c -o fsec_gcc.o
run clang-19 $CK -ffunction-sections -gdwarf-4 -c fsec.c -o fsec_clang4.o
run gcc $CG -c secoff.c -o secoff_gcc.o
run clang-19 $CK -c secoff.c -o secoff_clang.o
for p in 16,16 16,0 5,0; do
	run clang-19 $CK -fpatchable-function-entry=$p -c padding.c -o padding_clang_${p/,/_}.o
	run gcc $CG -fpatchable-function-entry=$p -c padding.c -o padding_gcc_${p/,/_}.o
done
run gcc $CG -pg -mfentry -mrecord-mcount -c padding.c -o padding_gcc_fentry.o
run gcc $CG -c alias.c -o alias_gcc.o 2>/dev/null
run clang-19 $CK -c alias.c -o alias_clang.o
run gcc $CG -c ifunc.c -o ifunc_gcc.o
run clang-19 $CK -c ifunc.c -o ifunc_clang.o
run clang-19 $CK -S lowpc.c -o lowpc.s
run ./edit_dwarf.py clang lowpc.s lowpc_edited.s
run clang-19 --target=x86_64-linux-gnu -c lowpc_edited.s -o lowpc_edited.o
run gcc $CG -fno-toplevel-reorder -S lowpc_gcc.c -o lowpc_gcc.s
run gcc -c lowpc_gcc.s -o lowpc_gcc.o
run ./edit_dwarf.py gcc lowpc_gcc.s lowpc_gcc_edited.s
run gcc -c lowpc_gcc_edited.s -o lowpc_gcc_edited.o
run clang-19 --target=x86_64-linux-gnu -O2 -g -mno-red-zone -mcmodel=kernel -fno-pic -ffreestanding -c argpromo.c -o argpromo_clang.o
run gcc -O2 -g -c argpromo.c -o argpromo_gcc.o

echo "== ordinary (non-switching) restores"
run gcc $CG -c nonswitch.c -o nonswitch_gcc.o
run clang-19 $CK -c nonswitch.c -o nonswitch_clang.o
run clang-19 $CK -c ns_inline.c -o ns_inline.o
run gcc $CG -c ns_probe.c -o ns_probe.o
run python3 ns_run_gen.py
run gcc $CG -c ns_run.c -o ns_run_c.o
run gcc -c ns_run_cases.S -o ns_run_cases.o
run ld -r ns_run_c.o ns_run_cases.o -o ns_run_gcc.o
run gcc -c ns_direct_probe.S -o ns_direct_probe_caller.o
run ld -r ns_run_c.o ns_direct_probe_caller.o -o ns_direct_probe.o 2>/dev/null
run gcc -c ns_ifunc.S -o ns_ifunc_caller.o
run ld -r ifunc_gcc.o ns_ifunc_caller.o -o ns_ifunc.o

echo "== partial links (ldr/)"
cd ldr
run clang-19 $CK -c a_local.c -o a_local.o
run clang-19 $CK -c b_caller.c -o b_caller.o
run gcc $CG -c c_global.c -o c_global.o
run clang-19 $CK -c b_static.c -o b_static.o
run ld -r a_local.o b_caller.o -o ab.o
run ld -r ab.o c_global.o -o abc.o
run ld -r a_local.o b_static.o -o ab2.o
run ld -r b_static.o a_local.o -o b2a.o
run clang-19 $CK -c weak.c -o weak.o
run gcc $CG -c strong.c -o strong.o
run ld -r weak.o strong.o -o weak_strong.o
run gcc -c b_run.S -o b_run.o
run ld -r a_local.o b_run.o -o ab_run.o
run ld -r ab_run.o c_global.o -o ab_run_c.o
run ld -r weak.o b_run.o -o weak_run.o
run ld -r weak_run.o strong.o -o weak_run_s.o
for cc in clang gcc; do
	if [ $cc = clang ]; then F="clang-19 $CK"; else F="gcc $CG"; fi
	run $F -ffunction-sections -c gc.c -o gc_$cc.o
	run ld -r --gc-sections -e on_seven gc_$cc.o -o gc_${cc}_r.o
	run ld.lld-19 -r --gc-sections -e on_seven gc_$cc.o -o gc_${cc}_lld.o
	run $F -ffunction-sections -c gc2.c -o gc2_$cc.o
	run ld -r --gc-sections -e on_evil gc2_$cc.o -o gc2_${cc}_r.o
	run ld.lld-19 -r --gc-sections -e on_evil gc2_$cc.o -o gc2_${cc}_lld.o
done
run gcc $CG -c s_benign.c -o s_benign.o
run gcc $CG -c s_evil.c -o s_evil.o
run ld -r s_benign.o s_evil.o -o s_be.o
run ld -r s_evil.o s_benign.o -o s_eb.o
run clang-19 $CK -flto -c a_local.c -o a_local.bc.o
run clang-19 $CK -flto -c b_caller.c -o b_caller.bc.o
run ld.lld-19 -r a_local.bc.o b_caller.bc.o -o ab_lto.o
run clang-19 $CK -flto=thin -c a_local.c -o a_local.thin.o
run clang-19 $CK -flto=thin -c b_caller.c -o b_caller.thin.o
run ld.lld-19 -r a_local.thin.o b_caller.thin.o -o ab_thinlto.o
run ld -r ab_thinlto.o c_global.o -o abc_thinlto.o
cd ../probe
run gcc $CG -c secsym.c -o secsym_gcc.o
run gcc $CG -c secsym2.c -o secsym2_gcc.o
echo "done"
