"""Would a learned layer over the outlook rules help? A leave-one-split-out experiment.

    python benchmarks/outlook_rescorer.py            # needs scikit-learn (pip install -e ".[eval]")

Every sentence of the annotated dev set (benchmarks/data/outlook-dev.jsonl) gets shallow
features: the rules' decision and horizon, each forward marker's kind, word, reported
and bare-would flags and the lemma it hangs on, quotation marks, a leading "if", a
question mark, first/second person pronouns, the root's tag, counts of past-tense verbs
and modals, and two article-level rates (past-tense roots, sentences the rules flag). A
logistic regression is trained on every split but one and scored on the split left out,
against the rules alone on that split (learned: probability > 0.5). The rules were tuned on every split, so both
columns are optimistic; the comparison between them is the point. Prints a Markdown
table. Not a test and not part of the engine: precis ships the rules only (see
docs/outlook.md, "A learned layer").
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from datetime import date

from _common import header
from eval_outlook import DATA, _load, _norm, source_path

HELD_OUT = tuple(f"blind{n}" for n in range(3, 14))
_PRONOUNS = {"we": r"\b(we|us|our)\b", "i": r"\b(i|my|me)\b", "you": r"\byou\b"}


def sentence_rows(records: list[dict], nlp) -> list[dict]:  # noqa: ANN001
    from tui.analysis.outlook import find_outlook
    from tui.analysis.outlook.forward import markers
    from tui.article.model import Metadata
    from tui.article.plaintext import parse_text
    from tui.nlp.parse import parse

    rows = []
    for rec in records:
        path = source_path(rec["path"])
        published = date.fromisoformat(rec["published"]) if rec.get("published") else None
        parsed = parse(parse_text(path.read_text(encoding="utf-8"), str(path), meta=Metadata(published=published)), nlp)
        found = {sid: item.horizon for item in find_outlook(parsed) for sid in item.sentences}
        gold = {_norm(g["text"]) for g in rec["outlook"]}
        article = []
        for sent, span in parsed.iter_sentences():
            text = _norm(parsed.article.sentence_text(sent.id))
            marks = [
                (m.kind, span.doc[m.i].lower_, span.doc[m.i].head.lemma_, m.reported, m.bare_would)
                for m in markers(span)
            ]
            article.append(
                {
                    "split": rec["split"],
                    "gold": text in gold or any(g in text or text in g for g in gold),
                    "rules": found.get(sent.id),
                    "markers": marks,
                    "text": text,
                    "roots": [t.tag_ for t in span if t.dep_ == "ROOT"],
                    "past": sum(t.tag_ == "VBD" for t in span),
                    "modals": sum(t.tag_ == "MD" for t in span),
                    "n": len(span),
                }
            )
        roots = [tag for r in article for tag in r["roots"]]
        art_past = sum(tag == "VBD" for tag in roots) / max(1, len(roots))
        art_flag = sum(r["rules"] is not None for r in article) / max(1, len(article))
        for r in article:
            r["art_past"], r["art_flag"] = art_past, art_flag
        rows.extend(article)
    return rows


def features(r: dict) -> dict:
    f: dict[str, float] = {"rules": float(r["rules"] is not None)}
    if r["rules"]:
        f["rules=" + r["rules"]] = 1.0
        f["rules*art_past"] = r["art_past"]
    for kind, word, head, reported, bare_would in r["markers"]:
        f["kind=" + kind] = 1.0
        f[f"kind+word={kind}:{word}"] = 1.0
        f["head=" + head] = 1.0
        if reported:
            f["reported:" + word] = 1.0
        if bare_would:
            f["bare_would"] = 1.0
    text = r["text"]
    f["quote"] = float(any(c in text for c in '"“”'))
    f["if"] = float(bool(re.match(r"\W*if\b", text, re.I)))
    f["question"] = float("?" in text)
    for name, pattern in _PRONOUNS.items():
        f[name] = float(bool(re.search(pattern, text, re.I)))
    for tag in r["roots"]:
        f["root=" + tag] = 1.0
    f["past"] = min(3, r["past"]) / 3
    f["modals"] = min(3, r["modals"]) / 3
    f["length"] = min(60, r["n"]) / 60
    f["art_past"], f["art_flag"] = r["art_past"], r["art_flag"]
    return f


def _rp(pred: list[bool], gold: list[bool]) -> tuple[float, float]:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    return tp / max(1, sum(gold)), tp / max(1, sum(pred))


def _cell(rp: tuple[float, float]) -> str:
    return f"{rp[0]:.2f} / {rp[1]:.2f}"


def main() -> None:
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("outlook_rescorer.py needs scikit-learn: pip install -e '.[eval]'")
    from tui.nlp.model import load_model

    t0 = time.perf_counter()
    rows = sentence_rows(_load(DATA), load_model())
    by_split = defaultdict(list)
    for r in rows:
        by_split[r["split"]].append(r)
    title = "A learned layer over the outlook rules (leave one split out)"
    print(header(title, "python benchmarks/outlook_rescorer.py"))
    print("| held-out split | sentences | rules R / P | learned (C=0.3) R / P | learned (C=1) R / P |")
    print("|---|---:|---:|---:|---:|")
    for split in HELD_OUT:
        test = by_split.get(split)
        if not test:
            continue
        train = [r for r in rows if r["split"] != split]
        gold = [r["gold"] for r in test]
        cells = [_cell(_rp([r["rules"] is not None for r in test], gold))]
        for c in (0.3, 1.0):
            vec = DictVectorizer()
            model = LogisticRegression(C=c, max_iter=3000)
            model.fit(vec.fit_transform([features(r) for r in train]), [r["gold"] for r in train])
            prob = model.predict_proba(vec.transform([features(r) for r in test]))[:, 1]
            cells.append(_cell(_rp([p > 0.5 for p in prob], gold)))
        print(f"| {split} | {len(test)} | " + " | ".join(cells) + " |")
    print(f"\n_{len(rows)} sentences; {time.perf_counter() - t0:.0f} s._")


if __name__ == "__main__":
    main()
