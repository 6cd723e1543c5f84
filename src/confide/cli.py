"""The `confide` command: data preparation, the DVC export, and file anonymization."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from confide.errors import ConfideError


def _prepare_data(args: argparse.Namespace) -> None:
    from confide.config import load_params
    from confide.ingest.rmhd import copy_raw_csv

    params = load_params(args.config)
    path = copy_raw_csv(Path(params["data"]["rmhd"]["path"]))
    print(f"raw input ready: {path}")


def _where(args: argparse.Namespace) -> None:
    from confide.tracking import tracking_uri

    for name in ("reports/report.html", "reports/summary.json"):
        state = "" if Path(name).exists() else "  (not written yet)"
        print(f"{name}{state}")
    print(f"MLflow store: {tracking_uri()}  (browse with `make ui`)")


def _export_dvc(args: argparse.Namespace) -> None:
    from confide.config import load_schema
    from confide.workflow.dvc_export import export

    sections = load_schema()["properties"].keys()
    export(Path(args.snakefile), sections=sections, destination=Path(args.output))
    print(f"wrote {args.output}")


def _anonymize_config(config: str | None) -> dict:
    """The ``anonymize`` section of ``config``, of ./params.yaml when it exists, else the defaults."""
    from confide.config import load_params

    if config is None and not Path("params.yaml").is_file():
        return {}
    return load_params(config or "params.yaml")["anonymize"]


class _ProgressLine:
    """Prints "<file>: N/M texts" on stderr at every further tenth of the work (counts only)."""

    def __init__(self, name: str) -> None:
        self.name, self.next_tenth = name, 1

    def __call__(self, done: int, total: int) -> None:
        if done * 10 >= self.next_tenth * total or done == total:
            print(f"{self.name}: {done}/{total} texts analysed", file=sys.stderr)
            self.next_tenth = done * 10 // max(total, 1) + 1


def _anonymize(args: argparse.Namespace) -> None:
    from confide.anonymize import anonymize_file, load_pseudonym_key
    from confide.anonymize.io import audit_path_for
    from confide.errors import InputDataError

    source, target = Path(args.input), Path(args.output)
    if source.is_dir():
        raise InputDataError(source, "is a directory; give one CSV, JSONL or Parquet file")
    if target.resolve() == source.resolve() or (target.exists() and target.samefile(source)):
        raise InputDataError(target, "is the input file; write the output to another path")
    key = load_pseudonym_key(path=Path(args.key_file))
    summary = anonymize_file(source, target, text_column=args.text_column,
                             config=_anonymize_config(args.config), key=key,
                             input_format=args.format, id_column=args.id_column,
                             progress=_ProgressLine(source.name))
    per_type = ", ".join(f"{k} {v}" for k, v in summary.get("entities_per_type", {}).items())
    print(f"wrote {target} and {audit_path_for(target)}; "
          f"{summary.get('entities_replaced', 0)} entities replaced ({per_type or 'none'})")


def _new_key(args: argparse.Namespace) -> None:
    from confide.anonymize.keys import ensure_key_file
    from confide.errors import ConfideError

    path = Path(args.key_file)
    if path.exists():
        raise ConfideError(f"{path} exists; keep it to reproduce earlier runs, or delete it first")
    ensure_key_file(path)
    print(f"wrote a new random pseudonym key to {path} (mode 0600; never commit it)")


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(prog="confide", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    prep = sub.add_parser("prepare-data", help="copy the default raw data where DVC tracks it")
    prep.add_argument("--config", default="params.yaml")
    prep.set_defaults(func=_prepare_data)
    where = sub.add_parser("where", help="say where the report and the MLflow store are")
    where.set_defaults(func=_where)
    dvc = sub.add_parser("export-dvc", help="generate dvc.yaml from the Snakefile's DAG")
    dvc.add_argument("--snakefile", default="Snakefile")
    dvc.add_argument("--output", default="dvc.yaml")
    dvc.set_defaults(func=_export_dvc)
    anon = sub.add_parser("anonymize", help="de-identify one CSV/JSONL/Parquet file")
    anon.add_argument("input")
    anon.add_argument("output")
    anon.add_argument("--text-column", default="text")
    anon.add_argument("--id-column", default=None,
                      help="the input's record id column (pseudonymized; the audit's record_id joins to it)")
    anon.add_argument("--format", default="auto", choices=["auto", "csv", "jsonl", "parquet"],
                      help="input format (default: from the suffix); the output's comes from its suffix")
    anon.add_argument("--config", default=None,
                      help="params file (default: ./params.yaml if present, else the packaged defaults)")
    anon.add_argument("--key-file", default=".secrets/pseudonym.key",
                      help="pseudonym key file (or set CONFIDE_PSEUDONYM_KEY)")
    anon.set_defaults(func=_anonymize)
    new_key = sub.add_parser("new-key", help="create a random pseudonym key file")
    new_key.add_argument("--key-file", default=".secrets/pseudonym.key")
    new_key.set_defaults(func=_new_key)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point; domain errors become one clear line on stderr and exit status 2."""
    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except ConfideError as exc:
        print(f"confide {args.command}: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
