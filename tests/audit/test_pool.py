"""The audit pool has one order, which every job writing or reading arrays over the pool uses."""

import pandas as pd

from confide.audit.canaries import plan_hash
from confide.audit.pool import attack_pool, pool_order


def _records(ids: list) -> pd.DataFrame:
    return pd.DataFrame({"record_id": ids, "split": "train", "label": "a"})


def test_when_record_ids_are_numbers_then_the_pool_rows_and_the_pool_positions_agree_in_text_order():
    records = _records([10, 9, 100, 1])
    pool = attack_pool(records)  # the rows that scores, masks and memberships are indexed by
    assert pool["record_id"].tolist() == [1, 10, 100, 9]  # text order, not numeric order
    assert pool_order(records).tolist() == [3, 0, 2, 1]


def test_when_the_same_ids_are_read_as_numbers_or_as_text_then_the_pool_order_and_plan_hash_are_the_same():
    as_number, as_text = _records([10, 9, 100, 1]), _records(["10", "9", "100", "1"])
    assert pool_order(as_number).tolist() == pool_order(as_text).tolist()
    plan = pd.DataFrame({"record_id": ["10", "9", "100", "1"], "included": [True, False, True, False]})
    assert plan_hash(plan) == plan_hash(plan.astype({"record_id": object}).iloc[::-1])
