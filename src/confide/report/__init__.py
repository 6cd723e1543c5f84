"""The summary, the HTML report and the MLflow run tree, all built from stage outputs."""
