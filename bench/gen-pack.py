#!/usr/bin/env python3
# gen-pack.py - write a large, valid single-file content pack for benchmarks
#
# Copyright 2026 The Syllabus developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: gen-pack.py SHIPPED_PACK_DIR N_QUESTIONS OUTPUT
#
# The syllabus and appendix (tasks, categories, services with their
# aliases) are those of the shipped pack, copied verbatim, so searches hit
# real service names. The N questions are recombined from the sentences of
# the shipped questions, with a fixed seed, so the file is the same on
# every run and reads like real content (same words, same sentence
# lengths). Each follows the rules the loader checks: unique ids, a task
# that exists, four options with one right answer (single) or five with
# two (multiple), no two options alike, services that exist. About 1.1 KB
# a question: 10,000 questions make an ~11 MB file.

import os
import random
import re
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

NS = "{https://syllabus.github.io/ns/pack/1}"


def sentences(text, longest=160):
    text = " ".join(text.split())
    return [s for s in re.split(r"(?<=[.?!])\s+", text) if 20 <= len(s) <= longest]


def main():
    pack_dir, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = random.Random(8)

    with open(os.path.join(pack_dir, "pack.xml"), encoding="utf-8") as f:
        head = f.read()
    end = head.rindex("</pack>")
    head = head[:end]
    if "<questions" in head:
        sys.exit("gen-pack.py: expected a folder pack without <questions> in pack.xml")
    # The shipped pack's <changes> name its own question ids, which the
    # generated questions do not have.
    head = re.sub(r"\n?[ \t]*<changes\b.*?</changes>[ \t]*\n?", "\n", head, flags=re.S)

    root = ET.fromstring(open(os.path.join(pack_dir, "pack.xml"), encoding="utf-8").read())
    tasks = [t.get("id") for t in root.iter(NS + "task")]
    services = [s.get("id") for s in root.iter(NS + "service")]

    stems, options, whys, explanations = [], [], [], []
    qdir = os.path.join(pack_dir, "questions")
    for name in sorted(os.listdir(qdir)):
        if not name.endswith(".xml"):
            continue
        for q in ET.parse(os.path.join(qdir, name)).getroot().iter(NS + "question"):
            stems += sentences(q.find(NS + "stem").text or "", 200)
            explanations += sentences(q.find(NS + "explanation").text or "")
            for o in q.iter(NS + "option"):
                text = " ".join((o.text or "").split())
                if 10 <= len(text) <= 110:
                    options.append(text)
                why = o.find(NS + "why")
                if why is not None:
                    whys += sentences(why.text or "", 110)
    options = sorted(set(options))

    parts = [head, "  <questions>\n"]
    for i in range(n):
        multiple = rng.random() < 0.2
        n_options = 5 if multiple else 4
        n_correct = 2 if multiple else 1
        stem = " ".join(rng.sample(stems, 2))
        chosen = rng.sample(options, n_options)
        right = set(rng.sample(range(n_options), n_correct))
        parts.append('    <question id="b%05d" type="%s" task="%s">\n'
                     % (i + 1, "multiple" if multiple else "single", rng.choice(tasks)))
        parts.append("      <stem>%s</stem>\n" % escape(stem))
        for j, text in enumerate(chosen):
            correct = ' correct="true"' if j in right else ""
            parts.append("      <option%s>%s<why>%s</why></option>\n"
                         % (correct, escape(text), escape(rng.choice(whys))))
        parts.append("      <explanation>%s</explanation>\n" % escape(rng.choice(explanations)))
        for ref in rng.sample(services, rng.randint(1, 3)):
            parts.append('      <service ref="%s"/>\n' % ref)
        parts.append("    </question>\n")
    parts.append("  </questions>\n</pack>\n")

    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("".join(parts))
    os.replace(tmp, out)


if __name__ == "__main__":
    main()
