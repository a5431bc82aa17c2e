"""The benchmark (``make bench``): a sample of real news in, speed and memory figures out.

``python -m kg.bench --data DIR [--limit N]`` takes ``N`` articles from the
Timeline17 layout (``DIR/<topic>/articles.jsonl``), round-robin over the topics
in name order and in file order within each topic (the same sample every time),
writes them as JSON Lines to a scratch folder and measures, each run in a fresh
process so that peak memory is per run:

1. bare spaCy: load the same model kg uses and ``nlp.pipe`` the same texts;
2. ``kg build`` with ``--jobs 1`` and no cache: words per second, time per stage
   (read, extract, resolve, compose, export) and peak RSS;
3. ``kg build --jobs J`` (default 2), filling an empty cache: the speed-up;
4. ``kg build --jobs 1`` on the first quarter of the sample: memory at a second size;
5. an incremental rebuild: one article edited and one added, with the cache of 3;
6. a repetitive document: one article repeating the same dated sentence 1,500 and
   6,000 times (``--jobs 1``, no cache), whose time ratio is 4 when every step is linear.

With ``--limit all`` it takes every article and runs only ``kg build --jobs J``
(no cache) and the repetitive document: words per second, time per stage, peak
RSS of the build process and of each worker (sampled from ``/proc``) and the size
of each output file.

It prints a table and writes everything to ``--results`` (JSON). Words are
white-space separated tokens of the article texts (Timeline17 is
pre-tokenised). Times are wall-clock seconds and include loading the model;
each run's CPU time (its own and its workers') is recorded too, and the
kg / spaCy ratio is also given by CPU time, which other programs running on
the machine disturb much less than wall-clock time.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DEFAULT_LIMIT = 300
REPEATED_SENTENCE = "Angela Merkel met Emmanuel Macron in Paris in March 2019."
REPETITIONS = (1500, 6000)
SAMPLE_SECONDS = 0.5


def sample(data: Path, limit: int | None) -> list[tuple[str, dict]]:
    """``(topic, record)`` pairs, round-robin over the topics, at most ``limit`` (None: all)."""
    topics = []
    for folder in sorted(p for p in data.iterdir() if (p / "articles.jsonl").is_file()):
        with open(folder / "articles.jsonl", encoding="utf-8") as handle:
            topics.append((folder.name, [json.loads(line) for line in handle if line.strip()]))
    picked: list[tuple[str, dict]] = []
    depth = 0
    limit = sum(len(records) for _, records in topics) if limit is None else limit
    while len(picked) < limit and any(depth < len(records) for _, records in topics):
        for name, records in topics:
            if depth < len(records) and len(picked) < limit:
                picked.append((name, records[depth]))
        depth += 1
    return picked


def write_corpus(folder: Path, articles: list[tuple[str, dict]]) -> int:
    """One ``<topic>.jsonl`` per topic; returns the number of words."""
    folder.mkdir(parents=True, exist_ok=True)
    by_topic: dict[str, list[dict]] = {}
    for topic, record in articles:
        by_topic.setdefault(topic, []).append(record)
    for topic, records in by_topic.items():
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        (folder / f"{topic}.jsonl").write_text(lines, encoding="utf-8")
    return sum(len(record["text"].split()) for _, record in articles)


def _peak_mib(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # Linux reports KiB


class _WorkerPeaks(threading.Thread):
    """Samples the peak RSS (``VmHWM``) of each child process of this one from ``/proc``,
    so that every worker's peak is known, not only the largest (``RUSAGE_CHILDREN``)."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peaks: dict[int, float] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(SAMPLE_SECONDS):
            for pid in self._children():
                try:
                    if b"resource_tracker" in Path(f"/proc/{pid}/cmdline").read_bytes():
                        continue  # multiprocessing's helper, not a worker
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:  # it has just ended
                    continue
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        self.peaks[pid] = max(self.peaks.get(pid, 0.0), round(int(line.split()[1]) / 1024, 1))

    @staticmethod
    def _children() -> list[int]:
        pids = []
        for children in Path("/proc/self/task").glob("*/children"):
            try:
                pids += [int(pid) for pid in children.read_text().split()]
            except OSError:
                continue
        return pids

    def stop(self) -> list[float]:
        self.done.set()
        self.join()
        return sorted(self.peaks.values(), reverse=True)


def _child(args: argparse.Namespace) -> None:
    """One measured run, in its own process; prints a JSON line."""
    start = time.perf_counter()
    result: dict = {}
    if args.child == "spacy":
        import spacy

        from kg.nlp import default_model

        texts = []
        for file in sorted(Path(args.corpus).glob("*.jsonl")):
            texts += [json.loads(line)["text"] for line in file.read_text("utf-8").splitlines() if line.strip()]
        nlp = spacy.load(args.model or default_model())
        for _ in nlp.pipe(texts, batch_size=16):
            pass
    else:
        from kg.run import BuildOptions, build

        options = BuildOptions(model=args.model, quiet=True, jobs=args.jobs, cache_dir=args.cache)
        workers = _WorkerPeaks()
        workers.start()
        report = build([args.corpus], args.out, options)
        result = {"timings": {k: round(v, 2) for k, v in report.timings.items()},
                  "documents": report.processed, "cached": report.cached, "each_worker_peak_rss_mib": workers.stop(),
                  "output_bytes": {p.name: p.stat().st_size for p in sorted(Path(args.out).iterdir())}}
    result["seconds"] = round(time.perf_counter() - start, 2)
    used = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    result["cpu_seconds"] = round(sum(u.ru_utime + u.ru_stime for u in used), 2)
    result["peak_rss_mib"] = _peak_mib(resource.RUSAGE_SELF)
    result["worker_peak_rss_mib"] = _peak_mib(resource.RUSAGE_CHILDREN)
    print(json.dumps(result))


def _run(kind: str, corpus: Path, model: str | None, out: Path | None = None, jobs: int = 1,
         cache: Path | None = None) -> dict:
    command = [sys.executable, "-m", "kg.bench", "--child", kind, "--corpus", str(corpus)]
    if model:
        command += ["--model", model]
    if kind == "kg":
        command += ["--out", str(out), "--jobs", str(jobs)]
        if cache:
            command += ["--cache", str(cache)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:  # a run that fails says why, not only that it failed
        sys.exit(f"bench: {' '.join(command[3:])} failed with status {done.returncode}:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _edit(corpus: Path, edited: Path, extra: tuple[str, dict]) -> None:
    """Copy ``corpus``, append a sentence to its first article and add ``extra``."""
    shutil.copytree(corpus, edited)
    first = sorted(edited.glob("*.jsonl"))[0]
    lines = first.read_text("utf-8").splitlines()
    record = json.loads(lines[0])
    record["text"] += "\nThe benchmark appended this sentence on the same day ."
    lines[0] = json.dumps(record, ensure_ascii=False)
    first.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (edited / "zz_added.jsonl").write_text(json.dumps(extra[1], ensure_ascii=False) + "\n", encoding="utf-8")


def _format(rows: list[tuple[str, str]]) -> str:
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def _table(results: dict) -> str:
    size = results["corpus"]
    rows = [
        ("corpus", f"{size['articles']} articles, {size['words']:,} words ({size['topics']} topics)"),
        ("bare spaCy nlp.pipe", f"{results['spacy']['words_per_second']:,.0f} words/s"),
        ("kg build --jobs 1", f"{results['kg_jobs1']['words_per_second']:,.0f} words/s"),
        ("  ratio kg / spaCy", f"{results['ratio_kg_to_spacy']:.2f} by wall clock, "
         f"{results['cpu_ratio_kg_to_spacy']:.2f} by CPU time"),
        ("  stages (s)", ", ".join(f"{k} {v:.1f}" for k, v in results["kg_jobs1"]["timings"].items())),
        (f"kg build --jobs {results['jobs']}", f"{results['kg_jobsN']['words_per_second']:,.0f} words/s"),
        ("  speed-up", f"{results['speedup']:.2f}x"),
        ("peak RSS, jobs 1",
         f"{results['kg_small']['peak_rss_mib']:.0f} MiB at {results['small_articles']} articles, "
         f"{results['kg_jobs1']['peak_rss_mib']:.0f} MiB at {size['articles']}"),
        (f"peak RSS, jobs {results['jobs']}",
         f"parent {results['kg_jobsN']['peak_rss_mib']:.0f} MiB, "
         f"largest worker {results['kg_jobsN']['worker_peak_rss_mib']:.0f} MiB"),
        ("incremental rebuild", f"{results['incremental']['seconds']:.1f} s "
         f"({results['incremental_fraction']:.1%} of the --jobs 1 build; 1 edited + 1 added article)"),
        ("  stages (s)", ", ".join(f"{k} {v:.1f}" for k, v in results["incremental"]["timings"].items())),
    ] + _repetitive_rows(results)
    return _format(rows)


def _repetitive(root: Path, model: str | None) -> dict:
    """``kg build`` of one article repeating a dated sentence, at each size of REPETITIONS."""
    runs = {}
    for count in REPETITIONS:
        folder = root / f"repeated-{count}"
        folder.mkdir()
        (folder / "repeated.txt").write_text("\n".join([REPEATED_SENTENCE] * count) + "\n", encoding="utf-8")
        runs[count] = _run("kg", folder, model, root / f"out-repeated-{count}")
    small, large = (runs[count] for count in REPETITIONS)
    after = ("resolve", "compose", "export")
    return {"runs": {str(count): run for count, run in runs.items()},
            "time_ratio": round(large["seconds"] / small["seconds"], 2),
            "cpu_ratio": round(large["cpu_seconds"] / small["cpu_seconds"], 2),
            "after_extraction_ratio": round(sum(large["timings"][k] for k in after)
                                            / max(sum(small["timings"][k] for k in after), 0.01), 2)}


def _repetitive_rows(results: dict) -> list[tuple[str, str]]:
    repeated = results["repetitive"]
    small, large = (repeated["runs"][str(count)] for count in REPETITIONS)
    return [
        (f"repeated sentence x{REPETITIONS[0]:,} / x{REPETITIONS[1]:,}",
         f"{small['seconds']:.1f} s / {large['seconds']:.1f} s: ratio {repeated['time_ratio']:.2f} "
         f"(linear: {REPETITIONS[1] / REPETITIONS[0]:.0f}), by CPU time {repeated['cpu_ratio']:.2f}; "
         f"after extraction {repeated['after_extraction_ratio']:.2f}"),
        ("  stages (s), larger", ", ".join(f"{k} {v:.1f}" for k, v in large["timings"].items())),
    ]


def _full_table(results: dict) -> str:
    size, run = results["corpus"], results["kg_jobsN"]
    after = sum(run["timings"].get(k, 0.0) for k in ("resolve", "compose", "export"))
    rows = [
        ("corpus", f"{size['articles']} articles, {size['words']:,} words ({size['topics']} topics)"),
        (f"kg build --jobs {results['jobs']}", f"{run['words_per_second']:,.0f} words/s, {run['seconds']:.0f} s"),
        ("  stages (s)", ", ".join(f"{k} {v:.1f}" for k, v in run["timings"].items())),
        ("  resolve + compose + export", f"{after:.1f} s, {after / run['seconds']:.1%} of the build"),
        ("peak RSS", f"parent {run['peak_rss_mib']:.0f} MiB, workers "
         + ", ".join(f"{peak:.0f}" for peak in run["each_worker_peak_rss_mib"]) + " MiB"),
        ("outputs", ", ".join(f"{name} {size / 2**20:.1f} MiB" for name, size in run["output_bytes"].items())),
    ] + _repetitive_rows(results)
    return _format(rows)


def _limit(text: str) -> int | None:
    return None if text == "all" else int(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="Timeline17 folder: <topic>/articles.jsonl")
    parser.add_argument("--limit", type=_limit, default=DEFAULT_LIMIT,
                        help=f"articles, or 'all' for the full-size run (default {DEFAULT_LIMIT})")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes of the parallel run (default 2)")
    parser.add_argument("--model", help="spaCy pipeline (default: kg's default)")
    parser.add_argument("--results", default="bench-results/bench.json", help="JSON results file")
    parser.add_argument("--child", choices=("spacy", "kg"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--cache", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args)
        return 0
    if not args.data or not Path(args.data).is_dir():
        parser.error(f"--data: no such folder: {args.data}")
    full = args.limit is None
    articles = sample(Path(args.data), None if full else args.limit + 1)
    articles, extra = (articles, None) if full else (articles[: args.limit], articles[-1])
    small_count = max(1, len(articles) // 4)
    log = lambda message: print(f"bench: {message}", file=sys.stderr, flush=True)  # noqa: E731
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as scratch:
        root = Path(scratch)
        words = write_corpus(root / "corpus", articles)
        results: dict = {
            "date": time.strftime("%Y-%m-%d %H:%M"),
            "corpus": {"articles": len(articles), "words": words, "topics": len({t for t, _ in articles}),
                       "source": str(args.data)},
            "jobs": args.jobs,
        }
        log(f"{len(articles)} articles, {words:,} words")
        if not full:
            results["small_articles"] = small_count
            results["small_words"] = write_corpus(root / "small", articles[:small_count])
            log("bare spaCy")
            results["spacy"] = _run("spacy", root / "corpus", args.model)
            log("kg build --jobs 1")
            results["kg_jobs1"] = _run("kg", root / "corpus", args.model, root / "out1")
        log(f"kg build --jobs {args.jobs}" + ("" if full else " (filling the cache)"))
        results["kg_jobsN"] = _run("kg", root / "corpus", args.model, root / "outN", args.jobs,
                                   None if full else root / "cache")
        if not full:
            log(f"kg build --jobs 1 on {small_count} articles")
            results["kg_small"] = _run("kg", root / "small", args.model, root / "out_small")
            _edit(root / "corpus", root / "edited", extra)
            log("incremental rebuild")
            results["incremental"] = _run("kg", root / "edited", args.model, root / "out_inc", 1, root / "cache")
        log(f"repetitive document: {REPETITIONS[0]:,} and {REPETITIONS[1]:,} sentences")
        results["repetitive"] = _repetitive(root, args.model)
    results["kg_jobsN"]["words_per_second"] = round(words / results["kg_jobsN"]["seconds"], 1)
    if not full:
        for key in ("spacy", "kg_jobs1"):
            results[key]["words_per_second"] = round(words / results[key]["seconds"], 1)
        results["kg_small"]["words_per_second"] = round(results["small_words"] / results["kg_small"]["seconds"], 1)
        results["ratio_kg_to_spacy"] = round(results["kg_jobs1"]["words_per_second"]
                                             / results["spacy"]["words_per_second"], 3)
        results["cpu_ratio_kg_to_spacy"] = round(results["spacy"]["cpu_seconds"] / results["kg_jobs1"]["cpu_seconds"], 3)
        results["speedup"] = round(results["kg_jobs1"]["seconds"] / results["kg_jobsN"]["seconds"], 3)
        results["incremental_fraction"] = round(results["incremental"]["seconds"] / results["kg_jobs1"]["seconds"], 4)
    path = Path(args.results)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(_full_table(results) if full else _table(results))
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
