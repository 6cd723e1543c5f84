"""The privacy audit of a trained variant: who is in the pool, which canaries, which attacks, what bound.

- :mod:`~confide.audit.pool`: the audit pool in its one order, units, per-record membership.
- :mod:`~confide.audit.canaries`: the one-run audit's canary plan and the training masks it sets.
- :mod:`~confide.audit.seeds`: seeds of a variant's references, audit run and resamples.
- :mod:`~confide.audit.references`: reference models and the separate audit run.
- :mod:`~confide.audit.attacks`: the attack registry (threshold, LiRA, RMIA).
- :mod:`~confide.audit.membership`: every attack on one pool; :mod:`~confide.audit.pooled`: one
  attack over several runs of the mechanism; :mod:`~confide.audit.units`: person-level scores.
- :mod:`~confide.audit.roc`: attack ROC and TPR intervals; :mod:`~confide.audit.bounds`: eps_hat;
  :mod:`~confide.audit.one_run`: the one-run audit; :mod:`~confide.audit.exposure`: secret sharer.
"""
