#!/usr/bin/env bash
# rspill's verdict on every object here (the %rsp switch AWAY, "stack switch:
# %rsp set from a non-stack value", is left out: it is right everywhere).
# Output: scan_all.txt
cd "$(dirname "$0")"
for o in *.o ldr/*.o probe/*.o; do
	case $o in *.bc.o|*.thin.o|*.rewritten.o) continue;; esac
	./show.sh "$o" 2>&1 | grep -v 'non-stack value' | sed "s|^|$o: |"
done
