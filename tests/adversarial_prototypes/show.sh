#!/bin/sh
# show.sh OBJ: rspill's findings, one short line each
/work/main/target/release/rspill scan --no-source --format json "$@" | python3 -c '
import sys,json
for l in sys.stdin:
    r=json.loads(l)
    if r["type"]=="finding":
        print("%-22s +0x%-4x %-20s red=%s delta=%s  %s" % (r["function"], r["offset"], r["kind"], r["restore_redundant"], r["rsp_delta"], r["summary"]))
    elif r["type"]!="summary": print(r)
'
