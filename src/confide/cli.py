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


def _anonymize(args: argparse.Namespace) -> None:
    from confide.anonymize import anonymize_file, load_pseudonym_key
    from confide.config import load_params

    params = load_params(args.config)
    key = load_pseudonym_key(path=Path(args.key_file))
    summary = anonymize_file(Path(args.input), Path(args.output), text_column=args.text_column,
                             config=params["anonymize"], key=key)
    print(f"wrote {args.output} and {args.output}.audit.jsonl; "
          f"{summary.get('entities_replaced', 'n/a')} entities replaced")


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
    anon.add_argument("--config", default="params.yaml")
    anon.add_argument("--key-file", default=".secrets/pseudonym.key",
                      help="pseudonym key file (or set CONFIDE_PSEUDONYM_KEY)")
    anon.set_defaults(func=_anonymize)
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
