#!/usr/bin/python3
# Reads a PDF's accessibility structure with pikepdf (python3-pikepdf) and prints it as JSON, for the tests of
# the tagged Arbeitsplan: document info and XMP, /Lang, the structure tree (element types in reading order,
# each figure's /Alt, every table's rows of TH/TD), the outline, the contents' links and the painting
# operators that are neither tagged nor an artifact.
import json
import sys

import pikepdf

PAINTING = {"Tj", "TJ", "'", '"', "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh", "BI"}


def page_index(pdf, page):
    for i, p in enumerate(pdf.pages):
        if p.objgen == page.objgen:
            return i
    return -1


def dest_page(pdf, obj):
    dest = obj.get("/Dest")
    if dest is None and "/A" in obj:
        dest = obj.A.get("/D")
    if isinstance(dest, (pikepdf.String, pikepdf.Name)):
        dest = resolve_named(pdf, str(dest))
    return page_index(pdf, dest[0]) if dest is not None else -1


def resolve_named(pdf, name):
    tree = pdf.Root.get("/Names", {}).get("/Dests")
    if tree is None:
        return None
    stack = [tree]
    while stack:
        node = stack.pop()
        names = node.get("/Names")
        if names is not None:
            for i in range(0, len(names), 2):
                if str(names[i]) == name:
                    d = names[i + 1]
                    return d.D if isinstance(d, pikepdf.Dictionary) else d
        stack.extend(node.get("/Kids", []))
    return None


def kids(e):
    k = e.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def main():
    pdf = pikepdf.open(sys.argv[1])
    root = pdf.Root
    out = {"info": {k[1:]: str(v) for k, v in pdf.docinfo.items()}}
    out["lang"] = str(root.get("/Lang", ""))
    out["marked"] = bool(root.get("/MarkInfo", {}).get("/Marked", False))
    out["displayDocTitle"] = bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False))
    meta = root.get("/Metadata")
    out["xmp"] = meta.read_bytes().decode("utf-8", "replace") if meta is not None else ""

    elements, figures, tables, links = [], [], [], []

    def walk(e, depth, parents):
        if not isinstance(e, pikepdf.Dictionary) or "/S" not in e:
            return
        s = str(e.S)[1:]
        elements.append([depth, s])
        if s == "Figure":
            figures.append(str(e.get("/Alt", "")))
        if s == "Table":
            tables.append([])
        if s == "TR" and tables:
            tables[-1].append([])
        if s in ("TH", "TD") and tables and tables[-1]:
            tables[-1][-1].append(s)
        if s == "Link":
            for k in kids(e):
                if isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR":
                    links.append({"in": parents[-1] if parents else "", "page": dest_page(pdf, k.Obj),
                                  "contents": str(k.Obj.get("/Contents", ""))})
        for k in kids(e):
            walk(k, depth + 1, parents + [s])

    tree = root.get("/StructTreeRoot")
    for k in kids(tree) if tree is not None else []:
        walk(k, 0, [])
    out["elements"], out["figures"], out["tables"], out["links"] = elements, figures, tables, links

    outline = []
    with pdf.open_outline() as o:
        def visit(items, level):
            for it in items:
                page = -1
                if it.destination is not None:
                    d = it.destination
                    if isinstance(d, (pikepdf.String, pikepdf.Name)):
                        d = resolve_named(pdf, str(d))
                    page = page_index(pdf, d[0]) if d is not None else -1
                elif it.action is not None:
                    page = dest_page(pdf, pikepdf.Dictionary(A=it.action))
                outline.append([level, it.title, page])
                visit(it.children, level + 1)
        visit(o.root, 1)
    out["outline"] = outline

    untagged = 0
    for page in pdf.pages:
        depth = 0
        for operands, op in pikepdf.parse_content_stream(page):
            op = str(op)
            if op in ("BDC", "BMC"):
                depth += 1
            elif op == "EMC":
                depth -= 1
            elif op in PAINTING and depth == 0:
                untagged += 1
    out["untagged"] = untagged
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
