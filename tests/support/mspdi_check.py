#!/usr/bin/python3
"""Reads an MS Project XML (MSPDI) file with Python's own XML parser, independent of the C++ writer, checks it
against the element order of the Project 2007 schema (mspdi_pj12.xsd) for the elements it uses, and prints its
tasks as JSON for the test to compare with the catalog. Exits 1 with the reason on stderr when the file is not
what MS Project would read."""
import json
import sys
import xml.etree.ElementTree as ET

NS = "{http://schemas.microsoft.com/project}"

# The schema's sequences, in order, as far as a Themenfeldplaner file may use them.
PROJECT = ["SaveVersion", "UID", "Name", "Title", "Subject", "Category", "Company", "Manager", "Author",
           "CreationDate", "Revision", "LastSaved", "ScheduleFromStart", "StartDate", "FinishDate",
           "FYStartDate", "CriticalSlackLimit", "CurrencyDigits", "CurrencySymbol", "CurrencyCode",
           "CurrencySymbolPosition", "CalendarUID", "DefaultStartTime", "DefaultFinishTime", "MinutesPerDay",
           "MinutesPerWeek", "DaysPerMonth", "ExtendedAttributes", "Calendars", "Tasks"]
TASK = ["UID", "ID", "Name", "Type", "IsNull", "CreateDate", "Contact", "WBS", "WBSLevel", "OutlineNumber",
        "OutlineLevel", "Priority", "Start", "Finish", "Duration", "DurationFormat", "Work", "Stop", "Resume",
        "ResumeValid", "EffortDriven", "Recurring", "OverAllocated", "Estimated", "Milestone", "Summary",
        "Critical", "PercentComplete", "PercentWorkComplete", "Cost", "ActualStart", "ActualFinish",
        "ActualDuration", "ConstraintType", "CalendarUID", "ConstraintDate", "Deadline", "Notes",
        "PredecessorLink", "ExtendedAttribute"]
REQUIRED_PROJECT = ["SaveVersion", "CurrencyCode"]


def fail(why):
    print(why, file=sys.stderr)
    sys.exit(1)


def check_order(element, sequence, what):
    last = -1
    for child in element:
        if not child.tag.startswith(NS):
            fail(f"{what}: element {child.tag} is outside the MSPDI namespace")
        name = child.tag[len(NS):]
        if name not in sequence:
            fail(f"{what}: element {name} is not in the schema's sequence")
        index = sequence.index(name)
        if index < last:
            fail(f"{what}: element {name} comes after {sequence[last]}, the schema wants it before")
        last = index


def text(element, name):
    child = element.find(NS + name)
    return child.text if child is not None and child.text is not None else ""


def main():
    root = ET.parse(sys.argv[1]).getroot()
    if root.tag != NS + "Project":
        fail(f"root element is {root.tag}")
    check_order(root, PROJECT, "Project")
    for name in REQUIRED_PROJECT:
        if root.find(NS + name) is None:
            fail(f"Project lacks {name}")
    fields = {text(a, "FieldID") for a in root.iter(NS + "ExtendedAttribute") if a.find(NS + "FieldName") is not None}
    calendars = {text(c, "UID") for c in root.iter(NS + "Calendar")}
    tasks, uids = [], set()
    for task in root.find(NS + "Tasks"):
        uid = text(task, "UID")
        check_order(task, TASK, f"Task {uid}")
        if uid in uids:
            fail(f"UID {uid} twice")
        uids.add(uid)
        level = int(text(task, "OutlineLevel"))
        outline = text(task, "OutlineNumber")
        if level > 0 and outline.count(".") + 1 != level:
            fail(f"Task {uid}: outline number {outline} does not match level {level}")
        start, finish = text(task, "Start"), text(task, "Finish")
        if start and finish and start[:10] > finish[:10]:
            fail(f"Task {uid}: starts {start} after it finishes {finish}")
        milestone = text(task, "Milestone") == "1"
        if milestone and start[:10] != finish[:10]:
            fail(f"Task {uid}: a milestone from {start} to {finish}")
        key = ""
        for attribute in task.findall(NS + "ExtendedAttribute"):
            if text(attribute, "FieldID") not in fields:
                fail(f"Task {uid}: extended attribute {text(attribute, 'FieldID')} is not declared")
            key = text(attribute, "Value")
        if root.find(NS + "CalendarUID") is not None and text(root, "CalendarUID") not in calendars:
            fail("the project's calendar is not defined")
        links = []
        for link in task.findall(NS + "PredecessorLink"):
            links.append({"uid": int(text(link, "PredecessorUID")), "type": text(link, "Type"),
                          "lag": int(text(link, "LinkLag") or "0"), "format": text(link, "LagFormat")})
        tasks.append({"uid": int(uid), "links": links, "notes": text(task, "Notes"),
                      "name": text(task, "Name"), "level": level, "milestone": milestone,
                      "summary": text(task, "Summary") == "1", "start": start[:10], "finish": finish[:10],
                      "actualFinish": text(task, "ActualFinish")[:10], "key": key})
    for t in tasks:
        for link in t["links"]:
            if link["uid"] not in uids_int(tasks):
                fail(f"Task {t['uid']}: a link to task {link['uid']}, which the file does not have")
    print(json.dumps(tasks))


def uids_int(tasks):
    return {t["uid"] for t in tasks}


main()
