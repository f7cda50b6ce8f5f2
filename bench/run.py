#!/usr/bin/env python3
"""Whole-process benchmark: SpaceRhetoric against textlint+prh and ripgrep on the shared corpus.

Usage: python3 bench/run.py [--runs N] [--quick] [--no-peers] [--out FILE]

  --runs N     rounds (default 3); every cell is the median over the rounds
  --quick      one round, no 4x corpus and no textlint on the full corpus (textlint takes
               about 70 s a run): a smoke test of the harness in about a minute
  --no-peers   SpaceRhetoric only (no npm or apt needed)
  --out FILE   where the Markdown table goes (default bench/results/latest.md)

Every figure comes from whole-process runs measured in this one invocation: tools alternate
inside each round, and each cell is the median over the rounds. Ratios compare tools measured
side by side. Peak RSS is the largest over the rounds (/usr/bin/time). Nothing here runs in the
unit-test suite. Needs the shared folder beside the repository (../shared/bench).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
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
PEERS_CACHE = Path(os.environ.get("PEERS_HOME") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "spacerhetoric-peers")


def sh(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, text=True, capture_output=True, **kw)


def ensure_time() -> None:
    if not Path("/usr/bin/time").exists():
        sh(["apt-get", "update", "-qq"])
        sh(["apt-get", "install", "-y", "-qq", "time"])
    if not Path("/usr/bin/time").exists():
        sys.exit("bench: /usr/bin/time is needed for peak RSS (apt-get install time)")


def runtime_id() -> str:
    arch = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}.get(platform.machine().lower(), "x64")
    return f"linux-{arch}" if sys.platform.startswith("linux") else f"osx-{arch}" if sys.platform == "darwin" else f"win-{arch}"


def publish() -> list[str]:
    """Builds the CLI as it ships for this machine: Release, framework-dependent, ReadyToRun (see the csproj)."""
    shutil.rmtree(PUBLISH, ignore_errors=True)
    r = sh(["dotnet", "publish", str(REPO / "src/SpaceRhetoric.Cli"), "-c", "Release", "-r", runtime_id(),
            "--self-contained", "false", "-o", str(PUBLISH), "--nologo"])
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


def big_pack() -> tuple[Path, int, int]:
    """The default pack plus synthetic phrase rules: ten times its phrase patterns. Returns (folder, default, total)."""
    dest = WORK / "pack-10x"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(REPO / "rules", dest)
    default_patterns = count_patterns(dest)
    words = [w.strip().lower() for w in (SHARED / "phrases.txt").read_text().split() if w.isalpha()]
    # Common words of the corpus, so that the extra patterns start and run on real text, not only exist.
    vocab = sorted(set(words) | {
        "system", "package", "kernel", "file", "server", "network", "user", "data", "memory", "process",
        "module", "driver", "device", "program", "library", "function", "value", "option", "command",
        "document", "policy", "project", "release", "version", "source", "build", "test", "code", "error",
    })
    wanted = default_patterns * 9
    rule_no, written = 0, 0
    while written < wanted:
        rule_no += 1
        lines = [f"id: SR{8000 + rule_no:04d}",
                 f"name: SyntheticPhrases{rule_no}", f"title: Synthetic phrase set {rule_no}",
                 "category: universal-benefit", "severity: note",
                 "message: \"'{match}' is a synthetic benchmark phrase.\"", "patterns:"]
        for k in range(min(20, wanted - written)):
            a = vocab[(rule_no * 7 + k) % len(vocab)]
            b = vocab[(rule_no * 13 + k * 3) % len(vocab)]
            lines.append(f"  - for the {a} of all? {b}")
            written += 1
        (dest / f"SR{8000 + rule_no:04d}.yaml").write_text("\n".join(lines) + "\n")
    total = count_patterns(dest)
    if total != 10 * default_patterns:
        sys.exit(f"bench: the generated pack has {total} phrase patterns, not 10 x {default_patterns}")
    return dest, default_patterns, total


def count_patterns(folder: Path) -> int:
    """Phrase patterns of the rules: the items of every top-level `patterns:` or `regex:` list."""
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
    return sum(1 for line in stdout.splitlines() if re.search(r"\): (error|warning|note|info) SR\d{4}:", line))


def sarif_findings(path: Path) -> int:
    return sum(len(run.get("results", [])) for run in json.loads(path.read_text())["runs"]) if path.exists() else 0


def rg_findings(stdout: str) -> int:
    return sum(int(line.rsplit(":", 1)[1]) for line in stdout.splitlines() if ":" in line)


def tl_findings(stdout: str) -> int:
    try:
        return sum(len(f.get("messages", [])) for f in json.loads(stdout))
    except ValueError:
        return -1


def textlint_cmd(folder: Path) -> list[str]:
    """What `peers.sh textlint` runs, with the JSON report on stdout so that findings can be counted."""
    return ["env", "NO_UPDATE_NOTIFIER=1", "FORCE_COLOR=0", str(PEERS_CACHE / "node_modules/.bin/textlint"),
            "-c", str(PEERS_CACHE / "textlintrc.json"), "--format", "json", str(folder)]


def load_average() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "n/a"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=None)
    ap.add_argument("--quick", action="store_true", help="one round, no 4x corpus, no textlint on the full corpus")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "latest.md"))
    args = ap.parse_args()
    runs = args.runs or (1 if args.quick else 3)
    if not CORPUS.exists():
        sys.exit(f"bench: corpus not found at {CORPUS} (the shared folder must sit beside the repository)")
    WORK.mkdir(parents=True, exist_ok=True)
    ensure_time()
    print("bench: publishing the CLI (Release, ReadyToRun)", file=sys.stderr)
    sr = publish()
    if not args.no_peers:
        r = sh(["bash", str(PEERS), "setup"])
        if r.returncode != 0:
            sys.exit("bench: peers.sh setup failed: " + r.stderr)

    corpus_mb = tree_bytes([CORPUS]) / 1e6
    docs = small_docs_folder()
    pack, default_patterns, pack_patterns = big_pack()
    sarif_out = WORK / "out.sarif"
    lint = lambda *a: [*sr, "lint", *a, "--no-color"]
    check = timed(lint(str(docs), "--no-default-rules", "--rules", str(pack)))
    print(f"bench: 10x pack loads ({default_patterns} -> {pack_patterns} phrase patterns)", file=sys.stderr)
    del check

    base = "spacerhetoric, corpus, 2 threads"
    cases: dict[str, tuple[list[str], float, str]] = {
        base: (lint(str(CORPUS), "--threads", "2"), corpus_mb, "sr"),
        "spacerhetoric, corpus, 1 thread": (lint(str(CORPUS), "--threads", "1"), corpus_mb, "sr"),
        "spacerhetoric, 2x corpus": (lint(str(replicate(2)), "--threads", "2"), 2 * corpus_mb, "sr"),
        f"spacerhetoric, corpus, 10x patterns ({pack_patterns})": (
            lint(str(CORPUS), "--threads", "2", "--no-default-rules", "--rules", str(pack)), corpus_mb, "sr"),
        "spacerhetoric, corpus, SARIF": (
            lint(str(CORPUS), "--threads", "2", "--format", "sarif", "--output", str(sarif_out)), corpus_mb, "sarif"),
        "spacerhetoric, 10-file docs folder (cold start)": (lint(str(docs)), tree_bytes([docs]) / 1e6, "sr"),
    }
    if not args.quick:
        cases["spacerhetoric, 4x corpus"] = (lint(str(replicate(4)), "--threads", "2"), 4 * corpus_mb, "sr")
        cases["spacerhetoric, 4x corpus, SARIF"] = (
            lint(str(replicate(4)), "--threads", "2", "--format", "sarif", "--output", str(sarif_out)), 4 * corpus_mb, "sarif")
    if not args.no_peers:
        cases["ripgrep -i -F -f phrases.txt, corpus"] = (["bash", str(PEERS), "rg", str(CORPUS)], corpus_mb, "rg")
        cases["ripgrep, corpus, 1 thread"] = (["bash", str(PEERS), "rg", "-j1", str(CORPUS)], corpus_mb, "rg")
        if not args.quick:
            cases["textlint + prh, corpus"] = (textlint_cmd(CORPUS), corpus_mb, "tl")

    load_before = load_average()
    samples: dict[str, list[tuple[float, int]]] = {k: [] for k in cases}
    findings: dict[str, int | str] = {}
    for round_no in range(runs):
        for name, (cmd, _, kind) in cases.items():
            wall, rss, out = timed(cmd, {"NO_COLOR": "1"})
            samples[name].append((wall, rss))
            findings[name] = {"sr": sr_findings, "rg": rg_findings, "tl": tl_findings}[kind](out) if kind != "sarif" else sarif_findings(sarif_out)
            print(f"round {round_no + 1}: {name}: {wall:.2f} s, {rss} MiB", file=sys.stderr)

    med = {k: statistics.median(w for w, _ in v) for k, v in samples.items()}
    peak = {k: max(r for _, r in v) for k, v in samples.items()}
    cpu = os.cpu_count()
    model = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines() if l.startswith("model name")), platform.processor()) \
        if Path("/proc/cpuinfo").exists() else platform.processor()
    lines = [
        f"Run {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} on {cpu} cores ({model}), {platform.system()} {platform.machine()},"
        f" median of {runs} alternating round(s), warm page cache. Corpus {corpus_mb:.1f} MB.",
        f"Load average (1 min) {load_before} before the rounds, {load_average()} after: other work on the machine"
        " slows the multi-threaded cases most.",
        "",
        "| case | wall (s) | MB/s | peak RSS (MiB) | findings |",
        "|---|---:|---:|---:|---:|",
    ]
    for k, (_, mb, _) in cases.items():
        lines.append(f"| {k} | {med[k]:.2f} | {mb / med[k]:.1f} | {peak[k]} | {findings[k]} |")
    lines += ["", "| ratio | value | target | met |", "|---|---:|---|---|"]

    def ratio(label: str, num: str, den: str, target: str, ok) -> None:
        if num in med and den in med and med[den] > 0:
            value = med[num] / med[den]
            lines.append(f"| {label} | {value:.2f}x | {target} | {'yes' if ok(value) else 'no'} |")

    patterns_case = next(k for k in cases if k.startswith("spacerhetoric, corpus, 10x patterns"))
    ratio("textlint+prh time / SpaceRhetoric time (throughput ratio)", "textlint + prh, corpus", base, ">= 50x", lambda v: v >= 50)
    ratio("SpaceRhetoric time / ripgrep time", base, "ripgrep -i -F -f phrases.txt, corpus", "<= 10x", lambda v: v <= 10)
    ratio("2x corpus / 1x corpus", "spacerhetoric, 2x corpus", base, "<= 2.1x", lambda v: v <= 2.1)
    ratio("4x corpus / 1x corpus", "spacerhetoric, 4x corpus", base, "<= 4.2x", lambda v: v <= 4.2)
    ratio("1 thread / 2 threads (speed-up)", "spacerhetoric, corpus, 1 thread", base, ">= 1.7x", lambda v: v >= 1.7)
    ratio("10x patterns / default pack", patterns_case, base, "<= 1.5x", lambda v: v <= 1.5)
    cold = "spacerhetoric, 10-file docs folder (cold start)"
    lines.append(f"| cold start, 10-file folder (s) | {med[cold]:.2f} | <= 0.3 s | {'yes' if med[cold] <= 0.3 else 'no'} |")
    lines.append(f"| throughput, corpus, 2 threads (MB/s) | {corpus_mb / med[base]:.1f} | >= 43 MB/s | {'yes' if corpus_mb / med[base] >= 43 else 'no'} |")
    for case in ("spacerhetoric, 4x corpus", "spacerhetoric, 4x corpus, SARIF"):
        if case in peak:
            lines.append(f"| peak RSS, {case.split(', ', 1)[1]} (MiB) | {peak[case]} | <= 200 MiB | {'yes' if peak[case] <= 200 else 'no'} |")
    text = "\n".join(lines) + "\n"
    print(text)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text)


if __name__ == "__main__":
    main()
