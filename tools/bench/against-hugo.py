#!/usr/bin/env python3
"""Times Briefing's full build against Hugo's plain build of the same synthetic archive.

Generates N articles with the shared generator (../shared/bench/gen_corpus.py, or --bench DIR),
then builds them in turn, A B A B ..., as whole processes: Briefing cold (no output folder, no cache),
Briefing warm (the same build again after one article changed, with the cache the cold build left) and, when `hugo` is installed,
Hugo's plain site (../shared/bench/hugo, the layouts its README describes). Prints each run's wall
time and peak memory (from /usr/bin/time), the medians, the ratios against Hugo, Briefing's stage
timings (build --timings) and the output size per article.

    python3 tools/bench/against-hugo.py 10000 --rounds 3
    python3 tools/bench/against-hugo.py 50000 --rounds 1 --xmx 4g

Run it from the project folder after `mvn package`. Standard library only.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(command, cwd=None):
    """Runs a command under /usr/bin/time -v; returns (wall seconds, peak RSS in MB, stdout)."""
    started = time.monotonic()
    done = subprocess.run(["/usr/bin/time", "-v", *command], cwd=cwd, capture_output=True, text=True)
    wall = time.monotonic() - started
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return wall, (int(peak.group(1)) / 1024 if peak else float("nan")), done.stdout


def folder_size(folder):
    files, size = 0, 0
    for root, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.lstat(os.path.join(root, name)).st_size
    return files, size


def remove(folder):
    # Deleting tens of thousands of files is slow on some disks: keep it outside the timing.
    if folder.exists():
        shutil.rmtree(folder)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", type=int, help="how many synthetic articles")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of A B A B (default 3)")
    parser.add_argument("--xmx", default="4g", help="Briefing's maximum heap (default 4g)")
    parser.add_argument("--bench", type=Path, default=Path("../shared/bench"), help="the shared benchmark folder")
    parser.add_argument("--jar", type=Path, default=Path("target/briefing.jar"))
    parser.add_argument("--work", type=Path, help="folder for the archive and the outputs (default: a temporary one)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    args.bench = args.bench.resolve()

    generator = args.bench / "gen_corpus.py"
    if not generator.is_file():
        sys.exit(f"{generator} is missing: pass --bench DIR, the folder with gen_corpus.py, convert_fm.py and hugo/")
    if not args.jar.is_file():
        sys.exit(f"{args.jar} is missing: run mvn package first")
    work = args.work or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / f"c{args.articles}"
    if not (corpus / "articles").is_dir():
        subprocess.run([sys.executable, str(generator), str(args.articles), str(corpus), "--seed", str(args.seed)],
                       check=True, stdout=subprocess.DEVNULL)
    hugo = shutil.which("hugo")
    hugo_content = corpus / "hugo"
    if hugo and not hugo_content.is_dir():
        subprocess.run([sys.executable, str(args.bench / "convert_fm.py"), "--to", "hugo", str(corpus / "articles"),
                        str(hugo_content)], check=True, stdout=subprocess.DEVNULL)

    briefing_out = work / "out-briefing"
    cache = work / "cache"
    hugo_out = work / "out-hugo"
    java = ["java", f"-Xmx{args.xmx}", "-jar", str(args.jar.resolve()), "build", "--timings",
            "--content", str(corpus.resolve()), "--templates", str(Path("templates").resolve()),
            "--out", str(briefing_out.resolve()), "--cache", str(cache.resolve())]
    edited = sorted((corpus / "articles").glob("*.md"))[len(list((corpus / "articles").glob("*.md"))) // 2]
    original = edited.read_text(encoding="utf-8")
    runs = {"briefing cold": [], "briefing warm": [], "hugo": []}
    timings = ""
    try:
        for round_number in range(1, args.rounds + 1):
            remove(briefing_out)
            remove(cache)
            wall, peak, printed = timed(java)
            runs["briefing cold"].append((wall, peak))
            timings = printed
            edited.write_text(original.replace("\n\n", "\n\nAn added sentence for the warm build.\n\n", 1), encoding="utf-8")
            wall, peak, _ = timed(java)
            runs["briefing warm"].append((wall, peak))
            edited.write_text(original, encoding="utf-8")
            if hugo:
                remove(hugo_out)
                wall, peak, _ = timed([hugo, "--quiet", "--noBuildLock", "-s", str(args.bench / "hugo"),
                                       "--config", f"{args.bench / 'hugo/config.toml'},{args.bench / 'hugo/fasttags.toml'}",
                                       "--contentDir", str(hugo_content.resolve()), "-d", str(hugo_out.resolve())])
                runs["hugo"].append((wall, peak))
            print(f"round {round_number}: " + ", ".join(f"{name} {values[-1][0]:.1f} s / {values[-1][1]:.0f} MB"
                                                       for name, values in runs.items() if values), flush=True)
    finally:
        edited.write_text(original, encoding="utf-8")

    print(f"\n{args.articles:,} articles, {args.rounds} rounds, {os.cpu_count()} cores, -Xmx{args.xmx}")
    medians = {}
    for name, values in runs.items():
        if values:
            medians[name] = (statistics.median(v[0] for v in values), statistics.median(v[1] for v in values))
            print(f"  {name:14} median {medians[name][0]:7.1f} s   peak {medians[name][1]:7.0f} MB")
    if "hugo" in medians:
        for name in ("briefing cold", "briefing warm"):
            print(f"  {name} / hugo: {medians[name][0] / medians['hugo'][0]:.1f}x time, "
                  f"{medians[name][1] / medians['hugo'][1]:.2f}x peak memory")
    else:
        print("  hugo is not installed (apt-get install hugo): no ratios")
    files, size = folder_size(briefing_out)
    print(f"  output: {files:,} files, {size / 1e6:.0f} MB, {size / args.articles / 1e3:.1f} KB per article")
    if "hugo" in medians:
        hugo_files, hugo_size = folder_size(hugo_out)
        print(f"  hugo output: {hugo_files:,} files, {hugo_size / 1e6:.0f} MB")
    print("\nlast cold build's stages:\n" + "\n".join(line for line in timings.splitlines() if not line.startswith("  ")))


if __name__ == "__main__":
    main()
