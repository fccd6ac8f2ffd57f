"""Checks a phrase-bank file: format, topic codes, agency codes and levels.

    /usr/bin/python3 ml-models/data/banks/check.py ml-models/data/banks/FILE.txt
"""
import csv, os, sys, unicodedata
SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared")
topics = {r["code"] for r in csv.DictReader(open(os.path.join(SHARED, "taxonomy", "topics.csv"), encoding="utf-8"))}
agencies = {r["code"]: r["level"] for r in csv.DictReader(open(os.path.join(SHARED, "domain", "agencies.csv"), encoding="utf-8"))}
fits = {"TU": {"trung-uong"}, "T": {"tinh"}, "X": {"xa"}}
errors, topic, count = [], None, {}
text = open(sys.argv[1], encoding="utf-8").read()
if unicodedata.normalize("NFC", text) != text:
    errors.append("file is not NFC")
for n, line in enumerate(text.splitlines(), 1):
    line = line.strip()
    if not line:
        continue
    if line.startswith("## "):
        topic = line[3:].strip()
        if topic not in topics:
            errors.append(f"{n}: unknown topic {topic}")
        continue
    parts = line.split("|")
    if len(parts) != 4:
        errors.append(f"{n}: expected LEVEL|AGENCY|problems|asks, got {len(parts)} fields")
        continue
    level, agency, problems, asks = parts
    if topic is None:
        errors.append(f"{n}: situation before any ## topic header")
    if level not in fits:
        errors.append(f"{n}: level {level} is not TU, T or X")
    elif agency not in agencies:
        errors.append(f"{n}: agency {agency} is not in agencies.csv")
    elif agencies[agency] not in fits[level]:
        errors.append(f"{n}: agency {agency} has level {agencies[agency]}, not one for {level}")
    ps = [p.strip() for p in problems.split("~")]
    as_ = [a.strip() for a in asks.split("~")]
    if not 2 <= len(ps) <= 6 or not 1 <= len(as_) <= 5:
        errors.append(f"{n}: {len(ps)} problems and {len(as_)} asks (want 3-5 and 2-4)")
    for p in ps + as_:
        if not p or p.endswith(".") or '"' in p or "\t" in p:
            errors.append(f"{n}: empty text, final full stop, quote or tab in: {p[:60]}")
        for ph in [x for x in p.split("{")[1:]]:
            if ph.split("}")[0] not in ("street", "alley", "village", "num"):
                errors.append(f"{n}: unknown placeholder in: {p[:60]}")
    count[(topic, level)] = count.get((topic, level), 0) + 1
for e in errors:
    print(e)
for k in sorted(count):
    print(k, count[k])
print("OK" if not errors else f"{len(errors)} errors")
