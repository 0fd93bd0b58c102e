#!/bin/bash
# scan.sh X.o : rspill findings compact + objtool
for f in "$@"; do
/work/main/target/release/rspill scan --no-source --format json $f | python3 -c '
import sys,json
for l in sys.stdin:
    d=json.loads(l)
    if d.get("type")=="finding":
        print("%s+%#x %s red=%s delta=%s ad=%s as=%s otf=%s msg=%s nc=%s | %s"%(d["function"],d["offset"],d["kind"],d["restore_redundant"],d["rsp_delta"],d["assumed_rsp_delta"],d["assumptions"],d["objtool_would_fail"],d["objtool_message"],d["no_claim"],d["summary"][:150]))
    elif d.get("type")!="summary": print(l.strip())
'
echo "--- objtool:"
SRCARCH=x86 /usr/lib/linux-kbuild-6.12.117+deb12/tools/objtool/objtool --hacks=jump_label --hacks=noinstr --orc --retpoline --rethunk --static-call --uaccess --dry-run $f 2>&1
done
