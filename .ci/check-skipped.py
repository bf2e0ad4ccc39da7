"""Fails the build when a test was skipped under CI: a skipped test proves nothing."""
import glob
import sys
import xml.etree.ElementTree as ET

skipped = []
total = 0
for report in glob.glob("**/target/*-reports/TEST-*.xml", recursive=True):
    root = ET.parse(report).getroot()
    for case in root.iter("testcase"):
        total += 1
        if case.find("skipped") is not None:
            skipped.append(f"{case.get('classname')}.{case.get('name')}")
print(f"{total} tests reported, {len(skipped)} skipped")
for name in skipped:
    print(f"  skipped: {name}")
sys.exit(1 if skipped or total == 0 else 0)
