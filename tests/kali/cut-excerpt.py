#!/usr/bin/env python3
# Cuts a KALI convention JSON (@socialgouv/kali-data, data/KALICONT….json) down to the named articles, keeping the
# path of sections above each one (texts with their id, title and modifDate) and each article whole, unchanged.
# Usage: python3 cut-excerpt.py KALICONT000025805800.json OUT.json KALIARTI… [KALIARTI…]
import json, sys
src, dst, *ids = sys.argv[1:]
doc = json.load(open(src, encoding="utf-8"))
def cut(node):
    if node.get("type") == "article":
        return node if node["data"]["id"] in ids else None
    kids = [k for k in (cut(c) for c in node.get("children") or []) if k]
    if not kids and node is not doc:
        return None
    out = dict(node)
    out["children"] = kids
    return out
json.dump(cut(doc), open(dst, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
