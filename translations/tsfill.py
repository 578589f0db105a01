#!/usr/bin/env python3
"""Fill Qt .ts files in batches: export the unfinished messages to a TSV, translate it, import it back.

A developer tool (see translations/README.md); the build never runs it. Placeholders (%1, %n, %L1), the number
of mnemonics (&) and the HTML tags of every imported translation must match its source, or the row is refused.
"""
import argparse
import hashlib
import re
import sys
import xml.etree.ElementTree as ET

FORM_SEP = " || "  # between the plural forms of a %n message in the TSV
PLACEHOLDER = re.compile(r"%L?(\d+|n)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
ENTITY = re.compile(r"&(#\d+|[a-zA-Z]+);")


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], "\\" + text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def message_id(context, source, comment):
    return hashlib.sha1("\x1f".join((context, source, comment)).encode()).hexdigest()[:10]


def mnemonics(text):
    # "&&" is a literal ampersand and "&amp;" an HTML entity: neither is a mnemonic.
    return ENTITY.sub("", text.replace("&&", "")).count("&")


def problems(source, translation):
    """What makes translation unusable for source, as a list of German-free developer messages."""
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        found.append("placeholders %s != %s" % (sorted(set(PLACEHOLDER.findall(source))),
                                                  sorted(set(PLACEHOLDER.findall(translation)))))
    if mnemonics(source) != mnemonics(translation):
        found.append("%d mnemonic(s) & in the source, %d in the translation" %
                     (mnemonics(source), mnemonics(translation)))
    if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
        found.append("HTML tags differ")
    if not translation.strip() and source.strip():
        found.append("empty translation")
    return found


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            yield name, msg


def source_of(msg):
    return msg.findtext("source") or ""


def comment_of(msg):
    return msg.findtext("comment") or ""


def forms_of(msg):
    t = msg.find("translation")
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in t.findall("numerusform")]
    return [t.text or ""]


def unfinished(msg):
    t = msg.find("translation")
    return t is None or t.get("type") in ("unfinished", "vanished", "obsolete")


def numerus_count(tree):
    # Both languages of this project (German, English) have two plural forms: one, other.
    return 2


def write(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def cmd_export(args):
    tree = ET.parse(args.ts)
    rows = 0
    with open(args.tsv, "w", encoding="utf-8") as out:
        out.write("id\tcontext\tsource\tcomment\ttranslation\n")
        for context, msg in messages(tree):
            if not args.all and not unfinished(msg):
                continue
            source = source_of(msg)
            current = FORM_SEP.join(forms_of(msg)) if not unfinished(msg) else ""
            if msg.get("numerus") == "yes" and not current:
                current = FORM_SEP.join([""] * numerus_count(tree))
            out.write("\t".join([message_id(context, source, comment_of(msg)), escape(context), escape(source),
                                 escape(comment_of(msg)), escape(current)]) + "\n")
            rows += 1
    print("%s: %d message(s) written to %s" % (args.ts, rows, args.tsv))


def cmd_import(args):
    tree = ET.parse(args.ts)
    by_id = {}
    for context, msg in messages(tree):
        by_id[message_id(context, source_of(msg), comment_of(msg))] = msg
    refused, done = 0, 0
    with open(args.tsv, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if lineno == 1 and line.startswith("id\t") or not line.strip():
                continue
            cells = line.split("\t")
            if len(cells) != 5:
                print("%s:%d: expected 5 tab-separated cells, found %d" % (args.tsv, lineno, len(cells)))
                refused += 1
                continue
            mid, _, _, _, translation = cells
            msg = by_id.get(mid)
            if msg is None:
                print("%s:%d: no message %s in %s (run lupdate and export again)" % (args.tsv, lineno, mid, args.ts))
                refused += 1
                continue
            source = source_of(msg)
            forms = [unescape(x) for x in translation.split(FORM_SEP)]
            numerus = msg.get("numerus") == "yes"
            errors = []
            if numerus and len(forms) != numerus_count(tree):
                errors.append("%d plural form(s) given, %d expected (separated by '%s')" %
                              (len(forms), numerus_count(tree), FORM_SEP.strip()))
            if not numerus and len(forms) != 1:
                errors.append("plural forms given for a message without %n")
            for form in forms:
                errors += problems(source, form)
            if errors:
                print("%s:%d: %s: %s" % (args.tsv, lineno, escape(source)[:60], "; ".join(errors)))
                refused += 1
                continue
            t = msg.find("translation")
            t.attrib.pop("type", None)
            if numerus:
                for child in list(t):
                    t.remove(child)
                t.text = None
                for form in forms:
                    ET.SubElement(t, "numerusform").text = form
            else:
                t.text = forms[0]
            done += 1
    if refused and not args.partial:
        print("%s: nothing imported, %d row(s) refused (--partial imports the good rows)" % (args.ts, refused))
        return 1
    write(tree, args.ts)
    print("%s: %d translation(s) imported, %d refused" % (args.ts, done, refused))
    return 1 if refused else 0


def cmd_fill_source(args):
    """For the source language: a message without %n is finished with its source as translation."""
    tree = ET.parse(args.ts)
    filled = 0
    for _, msg in messages(tree):
        if unfinished(msg) and msg.get("numerus") != "yes":
            t = msg.find("translation")
            t.attrib.pop("type", None)
            t.text = source_of(msg)
            filled += 1
    write(tree, args.ts)
    print("%s: %d message(s) finished with their source text" % (args.ts, filled))


def cmd_check(args):
    bad = 0
    for ts in args.ts:
        tree = ET.parse(ts)
        for context, msg in messages(tree):
            source = source_of(msg)
            if unfinished(msg):
                print("%s: unfinished [%s] %s" % (ts, context, escape(source)[:80]))
                bad += 1
                continue
            for form in forms_of(msg):
                for p in problems(source, form):
                    print("%s: [%s] %s: %s" % (ts, context, escape(source)[:80], p))
                    bad += 1
    print("%d problem(s)" % bad)
    return 1 if bad else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    e = sub.add_parser("export", help="write the unfinished messages of TS to TSV")
    e.add_argument("ts")
    e.add_argument("tsv")
    e.add_argument("--all", action="store_true", help="also the finished ones (to revise them)")
    i = sub.add_parser("import", help="take the translations of TSV into TS, marking them finished")
    i.add_argument("ts")
    i.add_argument("tsv")
    i.add_argument("--partial", action="store_true", help="import the good rows even if others are refused")
    f = sub.add_parser("fill-source", help="finish every message without %%n with its source (source language)")
    f.add_argument("ts")
    c = sub.add_parser("check", help="list unfinished messages and placeholder, & or tag mismatches")
    c.add_argument("ts", nargs="+")
    args = parser.parse_args()
    return {"export": cmd_export, "import": cmd_import, "fill-source": cmd_fill_source,
            "check": cmd_check}[args.command](args) or 0


if __name__ == "__main__":
    sys.exit(main())
