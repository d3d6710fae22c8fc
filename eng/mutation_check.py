#!/usr/bin/env python3
"""Judge every mutant of a Stryker.NET run in a fresh test process of its own.

Why this exists: Stryker.NET 5.1.0's Microsoft Testing Platform runner reuses one test process
for many mutants. After a timeout it restarts that process with the next mutant already active,
so static state (caches, shared tables) is built under that mutant and every later mutant in the
process can fail for a reason that is not its own: a false kill. Coverage captured in the reused
process can also miss a test, and a mutant then survives that a test would have killed. Both were
seen (docs/quality.md, "How the score is measured").

This script keeps what Stryker does well (finding and compiling the mutants) and does the judging
itself, in the simplest way that cannot carry state from one mutant to the next:

1. The test assembly's output folder is copied, and Stryker's mutated FollowUpRules.dll is put
   in the copy. Every mutant in that assembly is off unless its id is in the environment variable
   that STRYKER_MUTANT_ID_CONTROL_VAR names (Stryker's own switch for one-mutant processes).
2. Baseline: the whole suite must pass with no mutant active.
3. Coverage: each test method runs in a process of its own with Stryker's coverage capture on
   (STRYKER_COVERAGE_FILE); a mutant is covered by the tests whose process reached it. Static
   initialisers run again in every such process, so coverage through shared statics is not lost.
4. Each covered mutant runs in a fresh process against the tests that cover it, stopping at the
   first failure. Exit code 0 means it survived; a failure or a crash means it was killed; no end
   within three times the tests' own time (plus 10 s) is a timeout, which counts as detected.
5. Every survivor is run once more against all the tests of the classes that cover it, in case a
   test reaches different code from one run to the next.

Time limits: three times what the covering tests took alone, at most three times the whole suite
(plus 10 s each). An interrupted check resumes when run again with the same --out and assembly.

The score is Stryker's: detected (killed + timeout) / (detected + survived + no coverage).
Mutants Stryker could not compile or was told to ignore are left out, as Stryker leaves them out.

Output: check.json (every verdict, with the killing test) and check.md (totals, per file, every
survivor) in --out. Exit code 0 when the score reaches --break, 1 when it does not, 2 on bad use
or when the baseline fails.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import fnmatch
import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

CONTROL_VAR = "FOLLOWUP_ACTIVE_MUTANT"
TEST_APP = "FollowUpRules.Tests"
MUTATED_DLL = "FollowUpRules.dll"
SKIPPED_STATUSES = {"CompileError", "Ignored"}


def fail(message: str) -> None:
    print(f"mutation_check: {message}", file=sys.stderr)
    sys.exit(2)


def base_environment() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("STRYKER_MUTANT_FILE", "STRYKER_COVERAGE_FILE", "STRYKER_COVERAGE_EPOCH_FILE", CONTROL_VAR):
        env.pop(name, None)
    env["STRYKER_MUTANT_ID_CONTROL_VAR"] = CONTROL_VAR
    return env


def run_tests(app: Path, args: list[str], env: dict[str, str], timeout: float) -> tuple[str, float, str]:
    """Runs the test application; returns (outcome, seconds, first failing test or detail)."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            [str(app), "-noLogo", "-noColor", "-reporter", "quiet", *args],
            cwd=app.parent, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "Timeout", time.monotonic() - started, f"no end within {timeout:.0f} s"
    seconds = time.monotonic() - started
    if done.returncode == 0:
        return "Passed", seconds, ""
    failing = [line.strip().removesuffix("[FAIL]").strip()
               for line in done.stdout.splitlines() if line.rstrip().endswith("[FAIL]")]
    if failing:
        return "Failed", seconds, failing[0]
    tail = (done.stdout + done.stderr).strip().splitlines()[-3:]
    return "Failed", seconds, f"exit code {done.returncode}: {' | '.join(tail)}"


def load_mutants(report_path: Path) -> list[dict]:
    report = json.loads(report_path.read_text(encoding="utf-8"))
    root = report.get("projectRoot", "")
    mutants = []
    for file_path, entry in report["files"].items():
        relative = os.path.relpath(file_path, root) if root and os.path.isabs(file_path) else file_path
        for mutant in entry["mutants"]:
            if mutant["status"] in SKIPPED_STATUSES:
                continue
            mutants.append({
                "id": int(mutant["id"]),
                "file": relative.replace(os.sep, "/"),
                "line": mutant["location"]["start"]["line"],
                "mutator": mutant["mutatorName"],
                "replacement": mutant.get("replacement", ""),
                "strykerStatus": mutant["status"],
            })
    mutants.sort(key=lambda m: (m["file"], m["line"], m["id"]))
    return mutants


def prepare_bin(tests_bin: Path, assembly: Path, out: Path) -> Path:
    bin_copy = out / "bin"
    if bin_copy.exists():
        shutil.rmtree(bin_copy)
    shutil.copytree(tests_bin, bin_copy)
    for stale in bin_copy.glob("*.stryker-unchanged"):
        stale.unlink()
    shutil.copyfile(assembly, bin_copy / MUTATED_DLL)
    app = bin_copy / TEST_APP
    if not app.exists():
        fail(f"--tests-bin '{tests_bin}' holds no '{TEST_APP}' test application")
    return app


def capture_coverage(app: Path, methods: list[str], env: dict[str, str], out: Path, jobs: int):
    """Runs each test method alone with coverage capture; returns ({mutant: {methods}}, {method: seconds})."""
    coverage_dir = out / "coverage"
    if coverage_dir.exists():
        shutil.rmtree(coverage_dir)
    coverage_dir.mkdir(parents=True)
    covered_by: dict[int, set[str]] = {}
    seconds_of: dict[str, float] = {}

    def capture(index_and_method: tuple[int, str]):
        index, method = index_and_method
        method_env = dict(env)
        method_env["TMPDIR"] = str(coverage_dir)
        method_env["STRYKER_COVERAGE_FILE"] = f"test{index}.txt"
        outcome, seconds, detail = run_tests(app, ["-method", method], method_env, timeout=600)
        if outcome != "Passed":
            fail(f"test '{method}' does not pass with coverage capture on: {outcome} {detail}")
        ids: set[int] = set()
        for written in coverage_dir.glob(f"test{index}-*.txt"):
            text = written.read_text(encoding="utf-8").strip()
            for part in text.split(";"):
                ids.update(int(token) for token in part.split(",") if token.strip())
        return method, seconds, ids

    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for method, seconds, ids in pool.map(capture, enumerate(methods)):
            seconds_of[method] = seconds
            for mutant_id in ids:
                covered_by.setdefault(mutant_id, set()).add(method)
    return covered_by, seconds_of


def list_methods(app: Path, env: dict[str, str]) -> list[str]:
    done = subprocess.run([str(app), "-noLogo", "-noColor", "-list", "methods"], cwd=app.parent, env=env,
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        fail(f"listing the test methods failed: {done.stderr.strip()}")
    return sorted({line.strip() for line in done.stdout.splitlines() if line.strip()})


def judge(mutants, app, env, covered_by, seconds_of, full_seconds, jobs, progress_path, detected_before, judged_before):
    lock = threading.Lock()
    counts = {"Killed": 0, "Timeout": 0, "Survived": 0, "NoCoverage": 0}
    started = time.monotonic()
    finished = 0

    def one(mutant: dict) -> dict:
        methods = sorted(covered_by.get(mutant["id"], ()))
        verdict = dict(mutant)
        verdict["coveringTests"] = len(methods)
        if mutant["id"] in judged_before:
            return judged_before[mutant["id"]]
        if mutant["id"] in detected_before:
            earlier = detected_before[mutant["id"]]
            verdict.update(status=earlier["status"], detail=earlier["detail"] + " (earlier check)")
            return verdict
        if not methods:
            verdict.update(status="NoCoverage", detail="no test reaches it")
            return verdict
        mutant_env = dict(env)
        mutant_env[CONTROL_VAR] = str(mutant["id"])
        # Three times what the tests took alone (each in its own process, so this counts every
        # start-up), but never more than three times the whole suite: a mutant that loops is
        # given up on in seconds, not minutes.
        whole_suite = 3 * full_seconds + 10
        budget = min(3 * sum(seconds_of[m] for m in methods) + 10, whole_suite)
        args = ["-stopOnFail"]
        for method in methods:
            args += ["-method", method]
        outcome, seconds, detail = run_tests(app, args, mutant_env, budget)
        if outcome == "Passed":
            # A survivor meets every test of the classes that cover it before it is believed, in
            # case a test reaches different code from one run to the next.
            classes = sorted({m.rsplit(".", 1)[0] for m in methods})
            args = ["-stopOnFail"]
            for test_class in classes:
                args += ["-class", test_class]
            more, extra, detail = run_tests(app, args, mutant_env, whole_suite)
            seconds += extra
            if more != "Passed":
                outcome = more
                detail = f"{detail} (not among the tests that covered it)"
        verdict["status"] = {"Passed": "Survived", "Failed": "Killed", "Timeout": "Timeout"}[outcome]
        verdict["detail"] = detail
        verdict["seconds"] = round(seconds, 2)
        return verdict

    verdicts = []
    with open(progress_path, "a", encoding="utf-8") as progress, \
            concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for verdict in pool.map(one, mutants):
            verdicts.append(verdict)
            with lock:
                counts[verdict["status"]] += 1
                finished += 1
                if verdict["id"] not in judged_before:
                    progress.write(json.dumps(verdict) + "\n")
                    progress.flush()
                if finished % 50 == 0 or finished == len(mutants):
                    elapsed = time.monotonic() - started
                    print(f"  {finished}/{len(mutants)} mutants, {elapsed / 60:.1f} min: "
                          + ", ".join(f"{n} {k.lower()}" for k, n in counts.items()), flush=True)
    return verdicts


def score_of(verdicts) -> tuple[float, dict[str, int]]:
    counts = {"Killed": 0, "Timeout": 0, "Survived": 0, "NoCoverage": 0}
    for verdict in verdicts:
        counts[verdict["status"]] += 1
    detected = counts["Killed"] + counts["Timeout"]
    total = detected + counts["Survived"] + counts["NoCoverage"]
    return (100.0 * detected / total if total else 100.0), counts


def write_reports(out: Path, verdicts, meta: dict) -> float:
    score, counts = score_of(verdicts)
    (out / "check.json").write_text(json.dumps({**meta, "score": round(score, 2), "counts": counts,
                                                "mutants": verdicts}, indent=1), encoding="utf-8")
    by_file: dict[str, list[dict]] = {}
    for verdict in verdicts:
        by_file.setdefault(verdict["file"], []).append(verdict)
    lines = [
        "# Mutation check: every mutant in a fresh test process",
        "",
        f"Score **{score:.2f} %**: {counts['Killed']} killed, {counts['Timeout']} timed out, "
        f"{counts['Survived']} survived, {counts['NoCoverage']} without coverage "
        f"({len(verdicts)} mutants, {meta['minutes']:.1f} min).",
        "",
    ]
    if meta.get("carriedOver"):
        lines += [f"{meta['carriedOver']} mutants found detected by the earlier check {meta['detectedIn']} were "
                  "taken as detected without running them again; every other mutant was judged afresh.", ""]
    lines += [
        "| File | Mutants | Killed | Timeout | Survived | No coverage | Score |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for file_name in sorted(by_file):
        file_score, c = score_of(by_file[file_name])
        lines.append(f"| {file_name} | {len(by_file[file_name])} | {c['Killed']} | {c['Timeout']} | "
                     f"{c['Survived']} | {c['NoCoverage']} | {file_score:.1f} % |")
    lines += ["", "## Survivors and mutants without coverage", ""]
    for verdict in verdicts:
        if verdict["status"] in ("Survived", "NoCoverage"):
            lines.append(f"- {verdict['file']}:{verdict['line']} ({verdict['status']}, {verdict['mutator']}): "
                         f"`{verdict['replacement']}`")
    disagreements = [v for v in verdicts
                     if v["strykerStatus"] in ("Killed", "Timeout", "Survived")
                     and (v["strykerStatus"] == "Survived") != (v["status"] == "Survived")]
    if disagreements:
        lines += ["", "## Where Stryker's own verdict differs", ""]
        for verdict in disagreements:
            lines.append(f"- {verdict['file']}:{verdict['line']} `{verdict['replacement']}`: "
                         f"Stryker {verdict['strykerStatus']}, here {verdict['status']}")
    (out / "check.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return score


def break_threshold(config_path: Path) -> float:
    config = json.loads(config_path.read_text(encoding="utf-8"))["stryker-config"]
    return float(config["thresholds"]["break"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", required=True, type=Path, help="Stryker's mutation-report.json")
    parser.add_argument("--assembly", required=True, type=Path, help="the mutated FollowUpRules.dll of that run")
    parser.add_argument("--tests-bin", required=True, type=Path, help="the test project's output folder")
    parser.add_argument("--out", required=True, type=Path, help="folder for the copy of the tests and the reports")
    parser.add_argument("--config", type=Path, help="stryker-config.json, for the break threshold")
    parser.add_argument("--break", dest="break_at", type=float, help="the lowest passing score (overrides --config)")
    parser.add_argument("--jobs", type=int, default=2, help="test processes at once (default 2)")
    parser.add_argument("--rejudge-survivors", action="store_true",
                        help="when resuming, judge the survivors and uncovered mutants of the interrupted check "
                             "again (tests were added meanwhile; the source must be the same)")
    parser.add_argument("--first", action="append", default=[], metavar="GLOB",
                        help="judge the mutants of files matching GLOB (relative to the project, e.g. "
                             "'Strategies/*') before the others; may be repeated")
    parser.add_argument("--detected-in", type=Path,
                        help="an earlier check.json of the same report and assembly: the mutants it found killed or "
                             "timed out are taken as detected without running them again (valid when the tests "
                             "have only been added to since; eng/mutation.sh --recheck makes sure the source is "
                             "the same)")
    options = parser.parse_args()
    for name in ("report", "assembly", "tests_bin", "out", "config", "detected_in"):
        if getattr(options, name) is not None:
            setattr(options, name, getattr(options, name).resolve())

    for name, path in (("--report", options.report), ("--assembly", options.assembly)):
        if not path.is_file():
            fail(f"{name} '{path}' is not a file")
    if not options.tests_bin.is_dir():
        fail(f"--tests-bin '{options.tests_bin}' is not a folder")
    if options.jobs < 1:
        fail(f"--jobs is {options.jobs}; it must be at least 1")
    if b"MutantControl" not in options.assembly.read_bytes():
        fail(f"--assembly '{options.assembly}' is not a mutated assembly (it has no Stryker MutantControl)")
    if options.break_at is None:
        if options.config is None:
            fail("give --break or --config")
        options.break_at = break_threshold(options.config)
    if not 0 <= options.break_at <= 100:
        fail(f"--break is {options.break_at}; it must be between 0 and 100")

    assembly_hash = hashlib.sha256(options.assembly.read_bytes()).hexdigest()
    detected_before: dict[int, dict] = {}
    if options.detected_in is not None:
        if not options.detected_in.is_file():
            fail(f"--detected-in '{options.detected_in}' is not a file")
        earlier = json.loads(options.detected_in.read_text(encoding="utf-8"))
        if earlier.get("assemblySha256") != assembly_hash:
            fail(f"--detected-in '{options.detected_in}' judged another mutated assembly "
                 f"({earlier.get('assemblySha256')}, this one is {assembly_hash})")
        detected_before = {v["id"]: v for v in earlier["mutants"] if v["status"] in ("Killed", "Timeout")}

    started = time.monotonic()
    options.out.mkdir(parents=True, exist_ok=True)
    mutants = load_mutants(options.report)
    if options.first:
        mutants.sort(key=lambda m: not any(fnmatch.fnmatch(m["file"], glob) for glob in options.first))

    # An interrupted check of the same assembly in the same folder resumes where it stopped.
    judged_before: dict[int, dict] = {}
    progress_path = options.out / "progress.jsonl"
    hash_path = options.out / "assembly.sha256"
    if progress_path.exists() and hash_path.exists() and hash_path.read_text(encoding="utf-8").strip() == assembly_hash:
        for line in progress_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                verdict = json.loads(line)
                if not (options.rejudge_survivors and verdict["status"] in ("Survived", "NoCoverage")):
                    judged_before[verdict["id"]] = verdict
        print(f"mutation_check: resuming; {len(judged_before)} verdicts of the interrupted check are kept", flush=True)
        if options.rejudge_survivors:
            # Keep only the kept verdicts in the file, so that every mutant has one line.
            progress_path.write_text("".join(json.dumps(v) + "\n" for v in judged_before.values()), encoding="utf-8")
    elif progress_path.exists():
        progress_path.unlink()
    hash_path.write_text(assembly_hash + "\n", encoding="utf-8")
    app = prepare_bin(options.tests_bin, options.assembly, options.out)
    env = base_environment()

    # Same switches as a survivor's confirming run, so a switch the runner rejects cannot pass for a kill.
    outcome, full_seconds, detail = run_tests(app, ["-stopOnFail"], env, timeout=1200)
    if outcome != "Passed":
        fail(f"the test suite does not pass with no mutant active: {outcome} {detail}")
    print(f"mutation_check: baseline passed in {full_seconds:.1f} s; {len(mutants)} mutants to judge", flush=True)

    methods = list_methods(app, env)
    covered_by, seconds_of = capture_coverage(app, methods, env, options.out, options.jobs)
    print(f"mutation_check: coverage of {len(methods)} test methods captured, each in a process of its own",
          flush=True)

    verdicts = judge(mutants, app, env, covered_by, seconds_of, full_seconds, options.jobs, progress_path,
                     detected_before, judged_before)
    minutes = (time.monotonic() - started) / 60
    score = write_reports(options.out, verdicts, {
        "report": str(options.report), "assemblySha256": assembly_hash, "minutes": round(minutes, 1),
        "break": options.break_at, "jobs": options.jobs,
        "detectedIn": str(options.detected_in) if options.detected_in else None,
        "carriedOver": len(detected_before)})
    _, counts = score_of(verdicts)
    print(f"mutation_check: score {score:.2f} % ({counts['Killed']} killed, {counts['Timeout']} timed out, "
          f"{counts['Survived']} survived, {counts['NoCoverage']} without coverage) in {minutes:.1f} min; "
          f"break threshold {options.break_at:g} %", flush=True)
    print(f"mutation_check: reports in {options.out}/check.md and check.json", flush=True)
    sys.exit(0 if score >= options.break_at else 1)


if __name__ == "__main__":
    main()
