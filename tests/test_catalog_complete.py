import rules


def test_every_catalog_rule_exists_in_spec_order():
    ids = list(rules.registry())
    assert ids[: len(rules.CATALOG_ORDER)] == list(rules.CATALOG_ORDER)
