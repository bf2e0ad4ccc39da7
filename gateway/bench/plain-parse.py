#!/usr/bin/env python3
"""The plain script that `bench history` holds the parser against: parse + diagnose of the Markdown
digests with nothing but the standard library, one file per task over PROCESSES processes.

It does the work a hand-written script for this corpus would do, no more: split a digest into
papers at their `### [n] [title](url)` headings, find each paper's TL;DR / Motivation / Method /
Result / Conclusion / Abstract fields, and diagnose every field as empty, a failure placeholder,
written in another script (CJK, kana, Hangul) or fine. It keeps no byte spans and renders nothing.

    python3 plain-parse.py DIR [PROCESSES] [RUNS]
prints one line per run and `plain papers=N mb=M processes=P median_s=S mb_per_s=R`.
"""
import multiprocessing
import os
import re
import statistics
import sys
import time

HEADING = re.compile(r"^### \[\d+\] \[(.*)\]\((.*)\)\s*$")
FIELD = re.compile(r"^(?:\*\*)?(TL;DR|Motivation|Method|Result|Conclusion|Abstract)(?:\*\*)?\s*[:：]\s*(.*)$")
PLACEHOLDER = re.compile(
    r"^\s*(?:summary generation failed|error|failed|n/?a|none|null|todo|tbd|\.\.\.|-|—|生成失败|总结失败)\s*[.。]?\s*$",
    re.IGNORECASE)
FOREIGN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def diagnose(text):
    if not text.strip():
        return "EMPTY"
    if PLACEHOLDER.match(text):
        return "PLACEHOLDER"
    if text.isascii():
        return "OK"
    # a CJK character carries about a word: a tenth of the characters in those scripts is a
    # field written in another language, not an English field naming a Chinese dataset
    if len(FOREIGN.findall(text)) * 10 >= len(text):
        return "OTHER_LANGUAGE"
    return "OK"


def parse_file(path):
    with open(path, "rb") as f:
        data = f.read()
    papers = []
    paper = None
    field = None
    for line in data.decode("utf-8").split("\n"):
        m = HEADING.match(line)
        if m:
            paper = {"title": m.group(1), "url": m.group(2), "fields": {}}
            papers.append(paper)
            field = None
            continue
        if paper is None:
            continue
        m = FIELD.match(line)
        if m:
            field = m.group(1)
            paper["fields"][field] = [m.group(2)]
        elif field and line.strip() and not line.startswith(("<", "#", "*")):
            paper["fields"][field].append(line)
        elif not line.strip():
            field = None
    diagnosed = 0
    for p in papers:
        p["diagnosis"] = {name: diagnose(" ".join(lines)) for name, lines in p["fields"].items()}
        diagnosed += len(p["diagnosis"])
    return len(data), len(papers), diagnosed


def main():
    folder = sys.argv[1]
    processes = int(sys.argv[2]) if len(sys.argv) > 2 else os.cpu_count()
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    files = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".md"))
    times = []
    with multiprocessing.Pool(processes) as pool:
        for run in range(runs):
            t0 = time.perf_counter()
            results = pool.map(parse_file, files, chunksize=1)
            times.append(time.perf_counter() - t0)
            size = sum(r[0] for r in results)
            papers = sum(r[1] for r in results)
            print(f"plain run {run + 1}: {times[-1]:.2f} s, {papers} papers, {sum(r[2] for r in results)} fields",
                  file=sys.stderr)
    median = statistics.median(times)
    print(f"plain papers={papers} mb={size / 1e6:.1f} processes={processes} median_s={median:.3f} "
          f"mb_per_s={size / 1e6 / median:.1f}")


if __name__ == "__main__":
    main()
