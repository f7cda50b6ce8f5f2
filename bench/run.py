#!/usr/bin/env python3
"""Whole-process benchmark: SpaceRhetoric against textlint+prh and ripgrep on the shared corpus.

Usage: python3 bench/run.py [--runs N] [--quick] [--no-peers] [--out FILE]

Every figure comes from whole-process runs measured in this one invocation: tools alternate
inside each round, and each cell is the median over the rounds. Ratios compare tools measured
side by side. Nothing here runs in the unit-test suite.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "bench"
CORPUS = SHARED / "corpus"
PEERS = SHARED / "peers.sh"
WORK = Path(os.environ.get("SR_BENCH_WORK", Path(tempfile.gettempdir()) / "spacerhetoric-bench"))
PUBLISH = WORK / "publish"


def sh(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, text=True, capture_output=True, **kw)


def ensure_time() -> None:
    if not Path("/usr/bin/time").exists():
        sh(["apt-get", "update", "-qq"])
        sh(["apt-get", "install", "-y", "-qq", "time"])
    if not Path("/usr/bin/time").exists():
        sys.exit("bench: /usr/bin/time is needed for peak RSS (apt-get install time)")


def publish() -> list[str]:
    """Builds the CLI as it ships (Release, ReadyToRun as configured in the project)."""
    r = sh(["dotnet", "publish", str(REPO / "src/SpaceRhetoric.Cli"), "-c", "Release", "-o", str(PUBLISH), "--nologo"])
    if r.returncode != 0:
        sys.exit("bench: publish failed\n" + r.stdout + r.stderr)
    native = PUBLISH / "spacerhetoric"
    return [str(native)] if native.exists() else ["dotnet", str(PUBLISH / "spacerhetoric.dll")]


def tree_bytes(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        for f in p.rglob("*"):
            if f.is_file() and f.suffix in (".md", ".txt"):
                total += f.stat().st_size
    return total


def replicate(times: int) -> Path:
    """A folder holding the corpus `times` times (copies under different names)."""
    if times == 1:
        return CORPUS
    dest = WORK / f"corpus-{times}x"
    if not dest.exists():
        tmp = WORK / f".corpus-{times}x.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        for i in range(times):
            shutil.copytree(CORPUS, tmp / f"copy{i}")
        tmp.rename(dest)
    return dest


def small_docs_folder() -> Path:
    """A 10-file docs folder, the size of a typical pull request's docs, for cold start."""
    dest = WORK / "docs-10"
    if not dest.exists():
        dest.mkdir(parents=True)
        files = sorted(p for p in CORPUS.rglob("*.md") if 2_000 < p.stat().st_size < 20_000)[:10]
        for i, f in enumerate(files):
            shutil.copy(f, dest / f"{i:02d}-{f.name}")
    return dest


def big_pack() -> Path:
    """The default pack plus synthetic phrase rules, for ten times its phrase patterns."""
    dest = WORK / "pack-10x"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(REPO / "rules", dest)
    default_patterns = count_patterns(dest)
    words = [w.strip().lower() for w in (SHARED / "phrases.txt").read_text().split() if w.isalpha()]
    vocab = sorted(set(words)) + [
        "system", "package", "kernel", "file", "server", "network", "user", "data", "memory", "process",
        "module", "driver", "device", "program", "library", "function", "value", "option", "command",
        "document", "policy", "project", "release", "version", "source", "build", "test", "code", "error",
    ]
    wanted = default_patterns * 9
    rule_no, written = 0, 0
    while written < wanted:
        rule_no += 1
        lines = [f"id: SR{8000 + rule_no:04d}",
                 f"name: SyntheticPhrases{rule_no}", f"title: Synthetic phrase set {rule_no}",
                 "category: universal-benefit", "severity: note",
                 "message: \"'{match}' is a synthetic benchmark phrase.\"", "patterns:"]
        for k in range(20):
            a = vocab[(rule_no * 7 + k) % len(vocab)]
            b = vocab[(rule_no * 13 + k * 3) % len(vocab)]
            lines.append(f"  - for the {a} of all? {b}")
            written += 1
        (dest / f"SR{8000 + rule_no:04d}.yaml").write_text("\n".join(lines) + "\n")
    return dest


def count_patterns(folder: Path) -> int:
    n = 0
    for f in folder.rglob("*.y*ml"):
        in_list = False
        for line in f.read_text().splitlines():
            if re.match(r"^(patterns|regex):\s*$", line):
                in_list = True
                continue
            if in_list and re.match(r"^\s+-\s", line):
                n += 1
            elif in_list and line and not line.startswith(" "):
                in_list = False
    return n


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, int, str]:
    """Wall seconds, peak RSS in MiB, stdout."""
    r = subprocess.run(["/usr/bin/time", "-f", "%e %M", *cmd], text=True, capture_output=True,
                       env={**os.environ, **(env or {})})
    last = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "0 0"
    m = re.match(r"([\d.]+) (\d+)", last)
    if not m:
        sys.exit(f"bench: could not time {cmd}: {r.stderr[-500:]}")
    if r.returncode not in (0, 1):
        sys.exit(f"bench: {cmd[0]} failed with {r.returncode}: {r.stderr[-800:]}")
    return float(m.group(1)), int(m.group(2)) // 1024, r.stdout


def sr_findings(stdout: str) -> int:
    return sum(1 for line in stdout.splitlines() if re.search(r"\): (error|warning|note) SR\d{4}:", line))


def rg_findings(stdout: str) -> int:
    return sum(int(line.rsplit(":", 1)[1]) for line in stdout.splitlines() if ":" in line)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="skip the 4x corpus and textlint on the full corpus")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "latest.md"))
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"bench: corpus not found at {CORPUS} (the shared folder must sit beside the repository)")
    WORK.mkdir(parents=True, exist_ok=True)
    ensure_time()
    sr = publish()
    if not args.no_peers:
        r = sh(["bash", str(PEERS), "setup"])
        if r.returncode != 0:
            sys.exit("bench: peers.sh setup failed: " + r.stderr)

    corpus_mb = tree_bytes([CORPUS]) / 1e6
    lint = lambda *a: [*sr, "lint", *a, "--no-color"]
    cases: dict[str, tuple[list[str], float, str]] = {
        "spacerhetoric, corpus, 2 threads": (lint(str(CORPUS), "--threads", "2"), corpus_mb, "sr"),
        "spacerhetoric, corpus, 1 thread": (lint(str(CORPUS), "--threads", "1"), corpus_mb, "sr"),
        "spacerhetoric, 2x corpus": (lint(str(replicate(2)), "--threads", "2"), 2 * corpus_mb, "sr"),
        "spacerhetoric, corpus, 10x patterns": (
            lint(str(CORPUS), "--threads", "2", "--no-default-rules", "--rules", str(big_pack())), corpus_mb, "sr"),
        "spacerhetoric, 10-file docs folder (cold start)": (lint(str(small_docs_folder())), tree_bytes([small_docs_folder()]) / 1e6, "sr"),
    }
    if not args.quick:
        cases["spacerhetoric, 4x corpus"] = (lint(str(replicate(4)), "--threads", "2"), 4 * corpus_mb, "sr")
    if not args.no_peers:
        cases["ripgrep -i -F -f phrases.txt, corpus"] = (["bash", str(PEERS), "rg", str(CORPUS)], corpus_mb, "rg")
        cases["ripgrep, corpus, 1 thread"] = (["bash", str(PEERS), "rg", "-j1", str(CORPUS)], corpus_mb, "rg")
        if not args.quick:
            cases["textlint + prh, corpus"] = (["bash", str(PEERS), "textlint", str(CORPUS)], corpus_mb, "tl")

    samples: dict[str, list[tuple[float, int]]] = {k: [] for k in cases}
    findings: dict[str, int | str] = {}
    for round_no in range(args.runs):
        for name, (cmd, _, kind) in cases.items():
            wall, rss, out = timed(cmd, {"NO_COLOR": "1"})
            samples[name].append((wall, rss))
            if kind == "sr":
                findings[name] = sr_findings(out)
            elif kind == "rg":
                findings[name] = rg_findings(out)
            else:
                findings[name] = "-"
            print(f"round {round_no + 1}: {name}: {wall:.2f} s, {rss} MiB", file=sys.stderr)

    med = {k: statistics.median(w for w, _ in v) for k, v in samples.items()}
    peak = {k: max(r for _, r in v) for k, v in samples.items()}
    base = "spacerhetoric, corpus, 2 threads"
    lines = [
        f"Run {dt.date.today().isoformat()} on {platform.node()} ({os.cpu_count()} cores, {platform.machine()}),"
        f" median of {args.runs} alternating rounds, warm page cache. Corpus {corpus_mb:.1f} MB.",
        "",
        "| case | wall (s) | MB/s | peak RSS (MiB) | findings |",
        "|---|---:|---:|---:|---:|",
    ]
    for k, (_, mb, _) in cases.items():
        lines.append(f"| {k} | {med[k]:.2f} | {mb / med[k]:.1f} | {peak[k]} | {findings[k]} |")
    lines += ["", "| ratio | value | target |", "|---|---:|---|"]

    def ratio(label: str, num: str, den: str, target: str) -> None:
        if num in med and den in med:
            lines.append(f"| {label} | {med[num] / med[den]:.2f}x | {target} |")

    ratio("textlint+prh time / SpaceRhetoric time (throughput ratio)", "textlint + prh, corpus", base, ">= 50x")
    ratio("SpaceRhetoric time / ripgrep time", base, "ripgrep -i -F -f phrases.txt, corpus", "<= 10x")
    ratio("2x corpus / 1x corpus", "spacerhetoric, 2x corpus", base, "<= 2.1x")
    ratio("4x corpus / 1x corpus", "spacerhetoric, 4x corpus", base, "<= 4.2x")
    ratio("1 thread / 2 threads (speed-up)", "spacerhetoric, corpus, 1 thread", base, ">= 1.7x")
    ratio("10x patterns / default pack", "spacerhetoric, corpus, 10x patterns", base, "<= 1.5x")
    cold = "spacerhetoric, 10-file docs folder (cold start)"
    lines.append(f"| cold start, 10-file folder (s) | {med[cold]:.2f} | <= 0.3 s |")
    if "spacerhetoric, 4x corpus" in peak:
        lines.append(f"| peak RSS at 4x corpus (MiB) | {peak['spacerhetoric, 4x corpus']} | <= 200 MiB |")
    text = "\n".join(lines) + "\n"
    print(text)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text)


if __name__ == "__main__":
    main()
