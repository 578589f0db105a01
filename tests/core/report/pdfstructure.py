#!/usr/bin/python3
# Reads a PDF's accessibility structure with pikepdf (python3-pikepdf) and prints it as JSON, for the tests of
# the tagged Arbeitsplan: document info and XMP, /Lang, the structure tree (element types in reading order,
# each figure's /Alt, every table's rows of TH/TD), the outline, the contents' links, the painting
# operators that are neither tagged nor an artifact, and what of PDF/A-2 can be checked without a validator
# ("pdfa": the claim and the list of problems found; see pdfa_problems).
import datetime
import json
import re
import sys
import xml.etree.ElementTree as ET

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


RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "pdfaExtension": "http://www.aiim.org/pdfa/ns/extension/",
    "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
    "pdfaProperty": "http://www.aiim.org/pdfa/ns/property#",
}
# The schemas PDF/A-2 knows without an extension schema (ISO 19005-2, 6.6.2.3.1: XMP 2005's).
PREDEFINED = {NS["dc"], NS["xmp"], NS["pdf"], NS["pdfaid"], NS["pdfaExtension"],
              "http://ns.adobe.com/xap/1.0/rights/", "http://ns.adobe.com/xap/1.0/mm/",
              "http://ns.adobe.com/xmp/Identifier/qual/1.0/", "http://ns.adobe.com/xap/1.0/bj/",
              "http://ns.adobe.com/xap/1.0/t/pg/", "http://ns.adobe.com/xap/1.0/g/img/",
              "http://ns.adobe.com/photoshop/1.0/", "http://ns.adobe.com/camera-raw-settings/1.0/",
              "http://ns.adobe.com/exif/1.0/", "http://ns.adobe.com/exif/1.0/aux/",
              "http://ns.adobe.com/tiff/1.0/", "http://ns.adobe.com/xap/1.0/sType/ResourceRef#",
              "http://ns.adobe.com/xap/1.0/sType/ResourceEvent#", "http://ns.adobe.com/xap/1.0/sType/Version#",
              "http://ns.adobe.com/xap/1.0/sType/Job#", "http://ns.adobe.com/xap/1.0/sType/Dimensions#",
              "http://ns.adobe.com/xap/1.0/sType/Font#", "http://ns.adobe.com/xap/1.0/g/"}
STANDARD_TYPES = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct",
    "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH",
    "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot",
    "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form"}
BLEND_MODES = {"Normal", "Compatible", "Multiply", "Screen", "Overlay", "Darken", "Lighten", "ColorDodge",
               "ColorBurn", "HardLight", "SoftLight", "Difference", "Exclusion", "Hue", "Saturation", "Color",
               "Luminosity"}


def pdf_date(s):
    m = re.match(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(Z|[+-]\d\d'?\d\d'?)?", s)
    if not m:
        return None
    tz = m.group(7) or "Z"
    offset = datetime.timedelta(0) if tz[0] == "Z" else \
        (1 if tz[0] == "+" else -1) * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[-3:].strip("'")))
    return datetime.datetime(*map(int, m.groups()[:6]), tzinfo=datetime.timezone(offset))


def xmp_date(s):
    try:
        return datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None


def xmp_properties(xmp):
    """The top-level properties of every rdf:Description as {(namespace, name): text or [items]}."""
    props = {}
    root = ET.fromstring(xmp)
    for d in root.iter(RDF + "Description"):
        for name, value in d.attrib.items():
            if name.startswith("{") and not name.startswith(RDF):
                props[tuple(name[1:].split("}"))] = value
        for child in d:
            ns, local = child.tag[1:].split("}")
            items = [li.text or "" for li in child.iter(RDF + "li")]
            props[(ns, local)] = items if items else (child.text or "")
    return props, root


def fonts_of(resources, seen, out):
    if not isinstance(resources, pikepdf.Dictionary) or resources.objgen in seen and resources.objgen != (0, 0):
        return
    seen.add(resources.objgen)
    for _, font in resources.get("/Font", {}).items():
        if font.objgen != (0, 0) and font.objgen in seen:
            continue
        seen.add(font.objgen)
        subtype = str(font.get("/Subtype", ""))
        descendant = font.DescendantFonts[0] if subtype == "/Type0" else font
        descriptor = descendant.get("/FontDescriptor")
        embedded = subtype == "/Type3" or descriptor is not None and any(
            k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        out.append({"name": str(font.get("/BaseFont", "")), "subtype": subtype[1:],
                    "embedded": bool(embedded), "toUnicode": "/ToUnicode" in font,
                    "cidToGidMap": descendant.get("/Subtype") != "/CIDFontType2" or "/CIDToGIDMap" in descendant})
        if subtype == "/Type3":
            fonts_of(font.get("/Resources"), seen, out)
    for _, x in resources.get("/XObject", {}).items():
        if x.get("/Subtype") == "/Form":
            fonts_of(x.get("/Resources"), seen, out)
    for _, p in resources.get("/Pattern", {}).items():
        fonts_of(p.get("/Resources"), seen, out)


def graphics_problems(resources, seen, problems):
    """Blend modes, transfer functions and image keys that PDF/A-2 forbids (6.2.5, 6.2.8, 6.2.10)."""
    if not isinstance(resources, pikepdf.Dictionary) or resources.objgen in seen and resources.objgen != (0, 0):
        return
    seen.add(resources.objgen)
    for name, gs in resources.get("/ExtGState", {}).items():
        for bm in (list(gs.BM) if isinstance(gs.get("/BM"), pikepdf.Array) else [gs.get("/BM")]):
            if bm is not None and str(bm)[1:] not in BLEND_MODES:
                problems.append(f"ExtGState {name}: blend mode {bm}")
        if "/TR" in gs:
            problems.append(f"ExtGState {name}: transfer function /TR")
        if "/TR2" in gs and gs.TR2 != "/Default":
            problems.append(f"ExtGState {name}: /TR2 other than /Default")
        if "/HTP" in gs:
            problems.append(f"ExtGState {name}: /HTP")
        smask = gs.get("/SMask")
        if isinstance(smask, pikepdf.Dictionary) and "/TR" in smask:
            problems.append(f"ExtGState {name}: soft mask with a transfer function")
    for name, x in resources.get("/XObject", {}).items():
        if x.get("/Subtype") == "/Image":
            for key in ("/Alternates", "/OPI"):
                if key in x:
                    problems.append(f"image {name}: {key}")
            if bool(x.get("/Interpolate", False)):
                problems.append(f"image {name}: /Interpolate true")
            if "/SMaskInData" in x and int(x.SMaskInData) != 0:
                problems.append(f"image {name}: /SMaskInData")
        elif x.get("/Subtype") == "/Form":
            for key in ("/OPI", "/PS"):
                if key in x:
                    problems.append(f"form {name}: {key}")
            if x.get("/Subtype2") == "/PS":
                problems.append(f"form {name}: PostScript XObject")
            graphics_problems(x.get("/Resources"), seen, problems)
        elif x.get("/Subtype") == "/PS":
            problems.append(f"XObject {name}: PostScript")
    for _, p in resources.get("/Pattern", {}).items():
        graphics_problems(p.get("/Resources"), seen, problems)


def pdfa(pdf, path, xmp):
    """What the file claims of PDF/A and the problems found in what can be checked here: the claim in the XMP,
    its extension schemas, Info and XMP agreeing, the sRGB output intent, the trailer's /ID, no encryption,
    every font embedded and mapped to Unicode, blend modes and transfer functions, annotations, actions,
    JavaScript and embedded files, structure types. Not checked: the font programs' glyphs and widths, the
    ICC profile's inside, content stream limits; no validator reads the file."""
    problems = []
    out = {"part": "", "conformance": ""}
    with open(path, "rb") as f:
        head = f.read(32)
    if not re.match(rb"%PDF-1\.[0-7]\r?\n%[\x80-\xff]{4}", head):
        problems.append(f"header {head[:20]!r}: not %PDF-1.n with a binary comment line")
    if pdf.is_encrypted:
        problems.append("encrypted")
    trailer_id = pdf.trailer.get("/ID")
    if not isinstance(trailer_id, pikepdf.Array) or len(trailer_id) != 2 or not bytes(trailer_id[0]):
        problems.append("trailer without /ID")

    # The metadata: the claim, extension schemas for every other namespace, and Info agreeing with it.
    meta = pdf.Root.get("/Metadata")
    if meta is not None and "/Filter" in meta:
        problems.append("metadata stream compressed (/Filter)")
    if re.search(r"<\?xpacket[^>]*\b(bytes|encoding)=", xmp):
        problems.append("xpacket header with bytes or encoding")
    props, root = xmp_properties(xmp) if xmp else ({}, None)
    out["part"] = props.get((NS["pdfaid"], "part"), "")
    out["conformance"] = props.get((NS["pdfaid"], "conformance"), "")
    described = {(ns.text or "") for ns in root.iter("{%s}namespaceURI" % NS["pdfaSchema"])} if root is not None \
        else set()
    for ns in sorted({ns for ns, _ in props} - PREDEFINED - described):
        problems.append(f"XMP namespace {ns} without an extension schema")
    info = pdf.docinfo

    def one(v):
        return v[0] if isinstance(v, list) and len(v) == 1 else v

    for key, prop in (("/Title", (NS["dc"], "title")), ("/Author", (NS["dc"], "creator")),
                      ("/Subject", (NS["dc"], "description")), ("/Keywords", (NS["pdf"], "Keywords")),
                      ("/Creator", (NS["xmp"], "CreatorTool")), ("/Producer", (NS["pdf"], "Producer"))):
        if key in info and str(info[key]) != one(props.get(prop)):
            problems.append(f"Info {key} „{info[key]}“ but XMP {prop[1]} „{one(props.get(prop))}“")
    for key, prop in (("/CreationDate", "CreateDate"), ("/ModDate", "ModifyDate")):
        if key in info:
            a, b = pdf_date(str(info[key])), xmp_date(props.get((NS["xmp"], prop), ""))
            if a is None or b is None or a != b:
                problems.append(f"Info {key} {info[key]} but XMP xmp:{prop} {props.get((NS['xmp'], prop))}")
    for key in ("/Title", "/Author", "/Creator", "/Producer", "/CreationDate", "/ModDate"):
        if key not in info:
            problems.append(f"Info without {key}")

    # Colour: one output intent with an embedded RGB profile, for the DeviceRGB cairo paints in.
    intents = pdf.Root.get("/OutputIntents", [])
    out["outputIntents"] = []
    for oi in intents:
        profile = oi.get("/DestOutputProfile")
        data = profile.read_bytes() if profile is not None else b""
        out["outputIntents"].append({"S": str(oi.get("/S", "")), "condition": str(oi.get("/OutputConditionIdentifier", "")),
                                     "profileSpace": data[16:20].decode("latin-1"), "N": int(profile.get("/N", 0)) if profile is not None else 0})
    if len(intents) != 1 or str(intents[0].get("/S", "")) != "/GTS_PDFA1":
        problems.append("not exactly one /GTS_PDFA1 output intent")
    elif not out["outputIntents"][0]["profileSpace"] == "RGB " or out["outputIntents"][0]["N"] != 3:
        problems.append("the output intent's profile is not an RGB profile with /N 3")

    # Fonts, graphics state, annotations of every page.
    fonts, seen_fonts, seen_graphics = [], set(), set()
    for i, page in enumerate(pdf.pages):
        fonts_of(page.obj.get("/Resources"), seen_fonts, fonts)
        graphics_problems(page.obj.get("/Resources"), seen_graphics, problems)
        group = page.obj.get("/Group")
        if group is not None and group.get("/S") == "/Transparency" and not intents and "/CS" not in group:
            problems.append(f"page {i + 1}: transparency group without a colour space")
        for a in page.obj.get("/Annots", []):
            flags = int(a.get("/F", 0))
            if not flags & 4 or flags & (1 | 2 | 32 | 256):
                problems.append(f"page {i + 1}: {a.get('/Subtype')} annotation with /F {flags} (needs Print, "
                                "not Hidden, Invisible or NoView)")
            if str(a.get("/Subtype")) not in ("/Link", "/Popup") and "/AP" not in a:
                problems.append(f"page {i + 1}: {a.get('/Subtype')} annotation without an appearance")
            action = a.get("/A")
            if action is not None and str(action.get("/S")) not in ("/GoTo", "/GoToR", "/URI", "/Thread", "/Named"):
                problems.append(f"page {i + 1}: link action {action.get('/S')}")
        if "/AA" in page.obj:
            problems.append(f"page {i + 1}: additional actions /AA")
    out["fonts"] = fonts
    for f in fonts:
        if not f["embedded"]:
            problems.append(f"font {f['name']} ({f['subtype']}) not embedded")
        if not f["toUnicode"]:
            problems.append(f"font {f['name']} ({f['subtype']}) without ToUnicode")
        if not f["cidToGidMap"]:
            problems.append(f"font {f['name']}: a CIDFontType2 without /CIDToGIDMap")

    # Streams: no external data, no LZW; no reference XObjects.
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream):
            for key in ("/F", "/FFilter", "/FDecodeParms"):
                if key in obj.stream_dict:
                    problems.append(f"stream {obj.objgen}: {key}")
            filters = obj.stream_dict.get("/Filter")
            if filters is not None and "/LZWDecode" in [str(f) for f in (filters if isinstance(filters, pikepdf.Array) else [filters])]:
                problems.append(f"stream {obj.objgen}: LZWDecode")
            if "/Ref" in obj.stream_dict and obj.stream_dict.get("/Subtype") == "/Form":
                problems.append(f"stream {obj.objgen}: reference XObject")

    # No scripts, no embedded files, no actions on opening the document.
    names = pdf.Root.get("/Names", {})
    for key in ("/JavaScript", "/EmbeddedFiles"):
        if key in names:
            problems.append(f"catalog /Names {key}")
    if "/AA" in pdf.Root:
        problems.append("catalog /AA")
    action = pdf.Root.get("/OpenAction")
    if isinstance(action, pikepdf.Dictionary) and str(action.get("/S")) in ("/JavaScript", "/Launch"):
        problems.append(f"catalog /OpenAction {action.S}")
    if "/AcroForm" in pdf.Root and bool(pdf.Root.AcroForm.get("/NeedAppearances", False)):
        problems.append("AcroForm /NeedAppearances true")

    # Level A: a marked structure tree of standard (or role-mapped) types.
    tree = pdf.Root.get("/StructTreeRoot")
    roles = tree.get("/RoleMap", {}) if tree is not None else {}
    if tree is None or not bool(pdf.Root.get("/MarkInfo", {}).get("/Marked", False)):
        problems.append("no marked structure tree (level A)")
    else:
        stack, types = list(kids(tree)), set()
        while stack:
            e = stack.pop()
            if isinstance(e, pikepdf.Dictionary) and "/S" in e:
                types.add(str(e.S)[1:])
                stack.extend(kids(e))
        for t in sorted(types - STANDARD_TYPES):
            if "/" + t not in roles:
                problems.append(f"structure type {t} neither standard nor role-mapped")
    out["problems"] = problems
    return out


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
    out["pdfa"] = pdfa(pdf, sys.argv[1], out["xmp"])
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
