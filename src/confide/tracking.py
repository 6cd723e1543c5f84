"""The one module that talks to MLflow.

Stage jobs never open MLflow themselves: they write JSON metrics and ledgers, and the
`track_runs` rule logs them all at the end of a workflow invocation as one parent run with a
child run per stage and per trained variant. That keeps compute nodes free of tracking-server
access and avoids concurrent writers on the embedded SQLite store.

Faults it handles:

* an unreachable tracking server is found up front (`check_tracking_uri`, seconds, not minutes
  of retries) and reported with the URI and the fix; nothing computed is lost;
* runs left ``RUNNING`` by a hard-killed ``track_runs`` of the same workflow are marked
  ``FAILED`` (tag ``confide.failure``) by the next one (`fail_orphaned_runs`);
* writers to one SQLite store are serialised under a file lock beside it (``mlflow.db.lock``):
  MLflow creates a fresh store's tables without a lock, and two first writers race;
* file paths in the params are logged as ``"<user file>"`` (`confide.provenance.redact_user_paths`).

For the UI: the experiment is marked a model-development experiment (MLflow 3 opens its runs page,
not the GenAI overview), and a fresh embedded store records its artifact location relative to the
store's folder (``mlruns/<id>``), so the folder can be moved; `runs_url` is the page to open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import math
import os
import re
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from confide.config import flatten
from confide.errors import ConfideError
from confide.provenance import redact_user_paths

DEFAULT_STORE = Path("mlflow.db")
MAX_PARAM_LENGTH = 6000
CHECK_TIMEOUT_S = 5.0  # to connect
ANSWER_TIMEOUT_S = 30.0  # for a connected server to answer /health
STORE_LOCK_TIMEOUT_S = 600.0
# While logging to a server that answered the up-front check: fail in tens of seconds, not the
# minutes of MLflow's default retries (7 retries, 120 s timeout). A value the user set wins.
HTTP_LIMITS = {"MLFLOW_HTTP_REQUEST_MAX_RETRIES": "2", "MLFLOW_HTTP_REQUEST_TIMEOUT": "30",
               "MLFLOW_SUPPRESS_PRINTING_URL_TO_STDOUT": "true"}  # not a "View run" line per run
DB_PORTS = {"postgresql": 5432, "mysql": 3306, "mssql": 1433}
WORKFLOW_TAG = "confide.workflow_id"
HOST_TAG = "confide.host_id"
PID_TAG = "confide.pid"
FAILURE_TAG = "confide.failure"
PARENT_TAG = "mlflow.parentRunId"
EXPERIMENT_KIND = {"mlflow.experimentKind": "custom_model_development"}  # MLflow 3: open the runs page
UI_ADDRESS = "http://127.0.0.1:5000"


class TrackingError(ConfideError, RuntimeError):
    """Results could not be logged to MLflow; every computed output is kept."""


class TrackingUnavailableError(TrackingError):
    """The tracking server or database named by the URI does not answer."""


def tracking_uri(default_store: Path = DEFAULT_STORE) -> str:
    """`MLFLOW_TRACKING_URI` when set (a shared server), else the embedded SQLite store."""
    return os.environ.get("MLFLOW_TRACKING_URI") or f"sqlite:///{default_store.resolve()}"


@dataclass
class RunRecord:
    """What one child run logs."""

    name: str
    params: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    artifacts: list[str] = field(default_factory=list)
    start_time: int | None = None  # ms since the epoch; None: when it is logged
    end_time: int | None = None


def metric_name(key: str) -> str:
    """A key MLflow accepts: characters outside its allowed set become ``_`` (``90+`` -> ``90_``)."""
    return re.sub(r"[^A-Za-z0-9_\-. :/]", "_", key)


def numeric_metrics(values: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    """Flatten nested results to finite numeric metrics (MLflow accepts only numbers)."""
    out: dict[str, float] = {}
    for raw_key, value in flatten(values, prefix).items():
        key = metric_name(raw_key)
        if isinstance(value, bool):
            out[key] = float(value)
        elif isinstance(value, int | float) and math.isfinite(value):
            out[key] = float(value)
    return out


def _param_values(params: Mapping[str, Any]) -> dict[str, str]:
    """Flattened params as MLflow takes them: allowed key characters (``phq9_*`` -> ``phq9__``)."""
    return {metric_name(k): str(v)[:MAX_PARAM_LENGTH] for k, v in flatten(redact_user_paths(params)).items()}


def redacted_uri(uri: str) -> str:
    """``uri`` without credentials (``http://user:token@host`` -> ``http://***@host``)."""
    parts = urllib.parse.urlsplit(uri)
    if not parts.netloc or "@" not in parts.netloc:
        return uri
    return urllib.parse.urlunsplit(parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1]))


def _unavailable(uri: str, reason: str, timeout: float) -> TrackingUnavailableError:
    return TrackingUnavailableError(
        f"MLflow tracking URI {redacted_uri(uri)} (MLFLOW_TRACKING_URI) did not answer within "
        f"{timeout:g} s: {reason}. Nothing was logged; every computed output (reports/summary.json, "
        "reports/report.html, results/) is kept. Fix: start the tracking server or correct "
        "MLFLOW_TRACKING_URI, or unset it to log to the local SQLite store mlflow.db; then rerun "
        "snakemake, which runs only track_runs again."
    )


def check_tracking_uri(uri: str, *, timeout: float = CHECK_TIMEOUT_S,
                       answer_timeout: float = ANSWER_TIMEOUT_S) -> None:
    """Fail fast when the tracking server (or database host) named by ``uri`` does not answer.

    First a TCP connection to the host within ``timeout`` seconds (refused, unknown host, no
    route: fails at once). For ``http(s)://`` URIs, then one request to the server's ``/health``
    endpoint, answered within ``answer_timeout`` (a busy server may be slow to answer its first
    request); any HTTP answer, even 401 or 404, and any TLS answer count as reachable: MLflow
    itself reports what is wrong then. Local stores (``sqlite:``, ``file:``, plain paths) and
    other schemes are not checked.

    Raises:
        TrackingUnavailableError: no answer in time; the message names the URI (credentials
            removed) and what to do.
    """
    parts = urllib.parse.urlsplit(uri)
    scheme = parts.scheme.split("+", 1)[0].lower()
    default_port = {"http": 80, "https": 443, **DB_PORTS}.get(scheme)
    if default_port is None or not parts.hostname:
        return
    try:
        socket.create_connection((parts.hostname, parts.port or default_port), timeout=timeout).close()
    except OSError as error:
        raise _unavailable(uri, _describe(error), timeout) from None
    if scheme not in ("http", "https"):
        return
    host = parts.netloc.rsplit("@", 1)[-1]  # any HTTP answer will do: no credentials needed
    url = urllib.parse.urlunsplit(parts._replace(netloc=host, query="", fragment="",
                                                 path=parts.path.rstrip("/") + "/health"))
    request = urllib.request.Request(url, method="GET")  # noqa: S310 - http(s) only, checked above
    try:
        with urllib.request.urlopen(request, timeout=answer_timeout):  # noqa: S310
            return
    except urllib.error.HTTPError:
        return  # the server answered
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, ssl.SSLError):
            return  # it answered the TLS handshake; MLflow applies its own TLS settings
        raise _unavailable(uri, _describe(reason), answer_timeout) from None


def _describe(reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return "timed out"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return type(reason).__name__ if isinstance(reason, BaseException) else str(reason)


def workflow_identity(workdir: Path) -> str:
    """Which workflow a run belongs to: a hash of its working directory (the path is not logged)."""
    return hashlib.sha256(str(Path(workdir).resolve()).encode("utf-8")).hexdigest()[:16]


def _host_identity() -> str:
    return hashlib.sha256(socket.gethostname().encode("utf-8")).hexdigest()[:16]


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def fail_orphaned_runs(client: Any, experiment_id: str, *, workflow_id: str) -> list[str]:
    """Mark ``FAILED`` every run of this workflow left ``RUNNING`` by a killed ``track_runs``.

    A run is an orphan when it carries this workflow's id and its logging process is gone (a run
    whose process still lives on this host is left alone). Snakemake's directory lock keeps two
    invocations of one workflow from tracking at once, so a live one is the rare exception.
    Returns the ids of the runs marked.
    """
    query = f"attributes.status = 'RUNNING' and tags.`{WORKFLOW_TAG}` = '{workflow_id}'"
    marked: list[str] = []
    token = None
    orphans = []
    while True:
        page = client.search_runs([experiment_id], filter_string=query, max_results=1000,
                                  page_token=token)
        orphans.extend(page)
        token = page.token
        if not token:
            break
    when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    host = _host_identity()
    for run in orphans:
        pid = run.data.tags.get(PID_TAG, "")
        if run.data.tags.get(HOST_TAG) == host and pid.isdigit() and int(pid) != os.getpid() \
                and _process_alive(int(pid)):
            continue
        client.set_tag(run.info.run_id, FAILURE_TAG,
                       f"orphaned: its track_runs process ended before the run finished (killed); "
                       f"marked FAILED by the next track_runs of this workflow at {when}")
        client.set_terminated(run.info.run_id, status="FAILED")
        marked.append(run.info.run_id)
    return marked


@contextlib.contextmanager
def _store_lock(uri: str) -> Iterator[None]:
    """Hold an exclusive lock beside a SQLite store (``<db>.lock``); no-op for other stores."""
    if not uri.startswith("sqlite:"):
        yield
        return
    from filelock import FileLock, Timeout
    from sqlalchemy.engine import make_url

    database = make_url(uri).database
    if not database or database == ":memory:":
        yield
        return
    lock_path = Path(database).with_name(Path(database).name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with FileLock(str(lock_path), timeout=STORE_LOCK_TIMEOUT_S):
            yield
    except Timeout:
        raise TrackingError(
            f"another process held the lock {lock_path} of the MLflow store for "
            f"{STORE_LOCK_TIMEOUT_S:g} s; if none is running, delete the lock file and rerun "
            "snakemake. For many concurrent writers use a tracking server "
            "(MLFLOW_TRACKING_URI=http://host:port)."
        ) from None


@contextlib.contextmanager
def _environment(values: Mapping[str, str]) -> Iterator[None]:
    """Set ``values`` (unless already set) and restore the environment afterwards.

    Also undoes ``mlflow.set_tracking_uri``, which exports the URI to the environment.
    """
    names = [*values, "MLFLOW_TRACKING_URI"]
    previous = {name: os.environ.get(name) for name in names}
    for name, value in values.items():
        os.environ.setdefault(name, value)
    try:
        yield
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def log_workflow(
    *,
    experiment: str,
    run_name: str,
    params: Mapping[str, Any],
    tags: Mapping[str, str],
    children: Sequence[RunRecord],
    artifacts: Sequence[str] = (),
    uri: str | None = None,
    workflow_id: str | None = None,
    check_timeout: float = CHECK_TIMEOUT_S,
    metrics: Mapping[str, Any] | None = None,
    start_time: int | None = None,
    run_tags: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Log one parent run (whole workflow) and its child runs; return their ids and the runs URL.

    ``metrics`` are the parent run's (the headline figures), ``start_time`` its start (ms since the
    epoch; the workflow's first job), ``run_tags`` tags of the parent only. Artifacts may be
    folders. A child's ``start_time``/``end_time`` are its jobs' real times.

    Checks the URI first (`check_tracking_uri`), then, under the store's lock, marks this
    workflow's orphaned runs ``FAILED`` and logs. ``workflow_id`` defaults to
    ``workflow_identity(Path.cwd())``. File paths in ``params`` are logged as ``"<user file>"``.

    Raises:
        TrackingUnavailableError: the tracking server cannot be reached (`check_tracking_uri`;
            ``check_timeout`` seconds to connect).
        TrackingError: the SQLite store stayed locked by another writer.
    """
    uri = uri or tracking_uri()
    check_tracking_uri(uri, timeout=check_timeout)
    os.environ.setdefault("MLFLOW_LOGGING_LEVEL", "WARNING")  # no "Creating initial ... tables" on the console
    import mlflow

    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    identity = {WORKFLOW_TAG: workflow_id or workflow_identity(Path.cwd()),
                HOST_TAG: _host_identity(), PID_TAG: str(os.getpid())}
    with _environment(HTTP_LIMITS), _store_lock(uri):
        return _log(mlflow, experiment=experiment, run_name=run_name, params=params,
                    tags={**tags, **identity}, children=children, artifacts=artifacts, uri=uri,
                    metrics=metrics, start_time=start_time, run_tags=run_tags)


def _experiment(client: Any, name: str, uri: str) -> str:
    """The experiment's id; a new one is created marked for model development.

    In a SQLite store in the working directory, a new experiment's artifact location is kept
    relative to the store's folder (it survives moving the folder).
    """
    found = client.get_experiment_by_name(name)
    if found is not None:
        return found.experiment_id
    experiment_id = client.create_experiment(name, tags=EXPERIMENT_KIND)
    _relative_artifact_location(uri, experiment_id)
    return experiment_id


def _relative_artifact_location(uri: str, experiment_id: str) -> None:
    """Rewrite a new experiment's absolute ``<store folder>/mlruns/<id>`` to ``mlruns/<id>``.

    MLflow resolves a local artifact location against the working directory when it uses it;
    `make ui` and the workflow both run in the store's folder, so a relative location keeps
    working after the folder is moved or copied.
    """
    if not uri.startswith("sqlite:"):
        return
    import sqlite3

    from sqlalchemy.engine import make_url

    database = make_url(uri).database
    if not database or database == ":memory:":
        return
    folder = Path(database).resolve().parent
    if folder != Path.cwd().resolve():
        return  # a store elsewhere: a relative location would point to the wrong folder
    with contextlib.closing(sqlite3.connect(database)) as connection, connection:
        row = connection.execute("SELECT artifact_location FROM experiments WHERE experiment_id = ?",
                                 (int(experiment_id),)).fetchone()
        if not row:
            return
        location = urllib.parse.urlsplit(row[0]).path if row[0].startswith("file:") else row[0]
        try:
            relative = Path(location).resolve().relative_to(folder)
        except ValueError:
            return
        connection.execute("UPDATE experiments SET artifact_location = ? WHERE experiment_id = ?",
                           (relative.as_posix(), int(experiment_id)))


def runs_url(experiment_id: str, address: str = UI_ADDRESS) -> str:
    """The MLflow UI page that lists the experiment's runs."""
    return f"{address}/#/experiments/{experiment_id}/runs"


def comparison_url(experiment_id: str, address: str = UI_ADDRESS) -> str:
    """The runs page showing only the variant runs, flat (not folded under the parent), sorted by ε."""
    query = urllib.parse.urlencode({"searchFilter": "tags.`confide.stage` = 'train'",
                                    "orderByKey": "metrics.`epsilon_target`", "orderByAsc": "true"},
                                   quote_via=urllib.parse.quote)
    return f"{runs_url(experiment_id, address)}?{query}"


def _start(client: Any, experiment_id: str, *, name: str, tags: Mapping[str, str],
           start_time: int | None) -> str:
    return client.create_run(experiment_id, start_time=start_time, tags=dict(tags),
                             run_name=name).info.run_id


def _log_values(client: Any, run_id: str, *, params: Mapping[str, Any],
                metrics: Mapping[str, Any], step_time: int | None) -> None:
    from mlflow.entities import Metric, Param

    when = step_time or int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    values = [Param(k, v) for k, v in _param_values(params).items()]
    for first in range(0, len(values), 100):  # MLflow's batch limits: 100 params, 1000 metrics
        client.log_batch(run_id, params=values[first:first + 100])
    items = [Metric(k, v, when, 0) for k, v in numeric_metrics(metrics).items()]
    for first in range(0, len(items), 1000):
        client.log_batch(run_id, metrics=items[first:first + 1000])


def _log(mlflow: Any, *, experiment: str, run_name: str, params: Mapping[str, Any],
         tags: Mapping[str, str], children: Sequence[RunRecord], artifacts: Sequence[str],
         uri: str, metrics: Mapping[str, Any] | None = None, start_time: int | None = None,
         run_tags: Mapping[str, str] | None = None) -> dict[str, Any]:
    from mlflow.tracking import MlflowClient

    mlflow.set_tracking_uri(uri)
    client = MlflowClient(tracking_uri=uri)
    experiment_id = _experiment(client, experiment, uri)
    ids: dict[str, Any] = {"tracking_uri_kind": uri.split(":", 1)[0], "experiment_id": experiment_id}
    ids["orphaned_runs_marked_failed"] = fail_orphaned_runs(client, experiment_id,
                                                            workflow_id=tags[WORKFLOW_TAG])
    open_runs: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parent = _start(client, experiment_id, name=run_name, start_time=start_time,
                            tags={**tags, **(run_tags or {})})
            open_runs.append(parent)
            ids["parent_run_id"] = parent
            _log_values(client, parent, params=params, metrics=metrics or {}, step_time=None)
            for path in artifacts:
                _log_artifact(client, parent, path)
            ids["children"] = {}
            for child in children:
                run_id = _start(client, experiment_id, name=child.name, start_time=child.start_time,
                                tags={**tags, **child.tags, PARENT_TAG: parent})
                open_runs.append(run_id)
                _log_values(client, run_id, params=child.params, metrics=child.metrics,
                            step_time=child.end_time)
                for path in child.artifacts:
                    _log_artifact(client, run_id, path)
                client.set_terminated(run_id, status="FINISHED", end_time=child.end_time)
                open_runs.pop()
                ids["children"][child.name] = run_id
            client.set_terminated(parent, status="FINISHED")
            open_runs.pop()
        except BaseException:
            for run_id in reversed(open_runs):
                with contextlib.suppress(Exception):
                    client.set_terminated(run_id, status="FAILED")
            raise
    address = redacted_uri(uri).rstrip("/") if uri.startswith("http") else UI_ADDRESS
    ids["runs_url"] = runs_url(experiment_id, address)
    ids["comparison_url"] = comparison_url(experiment_id, address)
    return ids


def _log_artifact(client: Any, run_id: str, path: str) -> None:
    """A file, or every file of a folder (as a folder of the same name)."""
    source = Path(path)
    if source.is_dir():
        client.log_artifacts(run_id, str(source), artifact_path=source.name)
    elif source.exists():
        client.log_artifact(run_id, str(source))
