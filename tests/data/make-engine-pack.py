#!/usr/bin/env python3
# Writes engine-pack.xml, the small pack the engine tests use:
# three domains weighted 50/30/20, two tasks each, 12 questions per task
# (72 questions), an exam of 20 scored + 5 unscored in 30 minutes,
# pass 750 on 100-1000, and two services. Every third question is a
# multiple-response question with options 0 and 2 right among five;
# the others have option 1 right among four.
import sys

out = []
w = out.append
w('<?xml version="1.0" encoding="UTF-8"?>')
w('<pack xmlns="https://syllabus.github.io/ns/pack/1" id="engine-test" version="1" xml:lang="en">')
w('  <title>Engine test pack</title>')
w('  <exam code="ENG-01" scored="20" unscored="5" minutes="30" score-min="100" score-max="1000" pass="750"/>')
domains = [("d1", 50), ("d2", 30), ("d3", 20)]
for n, (did, weight) in enumerate(domains, 1):
    w(f'  <domain id="{did}" weight="{weight}">')
    w(f'    <title>Domain {n}</title>')
    for t in (1, 2):
        w(f'    <task id="{n}.{t}"><title>Task {n}.{t}</title></task>')
    w('  </domain>')
w('  <appendix>')
w('    <category id="cat"><title>Category</title>')
w('      <service id="alpha"><name>Alpha</name><summary>First service.</summary></service>')
w('      <service id="beta"><name>Beta</name><summary>Second service.</summary></service>')
w('    </category>')
w('  </appendix>')
w('  <questions>')
for n, _ in enumerate(domains, 1):
    for t in (1, 2):
        for q in range(1, 13):
            qid = f"q{n}{t}{q:02d}"
            multiple = q % 3 == 0
            w(f'    <question id="{qid}" type="{"multiple" if multiple else "single"}" task="{n}.{t}">')
            w(f'      <stem>Question {qid} about task {n}.{t}?</stem>')
            nopt = 5 if multiple else 4
            for o in range(nopt):
                right = (o in (0, 2)) if multiple else (o == 1)
                attr = ' correct="true"' if right else ''
                w(f'      <option{attr}>Option {o} of {qid}<why>Because {o}.</why></option>')
            w(f'      <explanation>Explanation of {qid}.</explanation>')
            w(f'      <service ref="{"alpha" if q % 2 else "beta"}"/>')
            w('    </question>')
w('  </questions>')
w('</pack>')
sys.stdout.write("\n".join(out) + "\n")
