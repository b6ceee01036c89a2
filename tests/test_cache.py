from coach import cache


def test_cached_marshal_builds_once_and_survives_a_broken_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("OKR_COACH_CACHE_DIR", str(tmp_path / "c"))
    calls = []

    def build():
        calls.append(1)
        return {"留存率": "n", "x": "eng"}

    assert cache.cached_marshal("t-1", build) == {"留存率": "n", "x": "eng"}
    assert cache.cached_marshal("t-1", build) == {"留存率": "n", "x": "eng"}
    assert len(calls) == 1
    (tmp_path / "c" / "t-1.marshal").write_bytes(b"\x00garbage")
    assert cache.cached_marshal("t-1", build) == {"留存率": "n", "x": "eng"}
    assert len(calls) == 2
    assert (tmp_path / "c").stat().st_mode & 0o777 == 0o700


def test_unwritable_cache_dir_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("OKR_COACH_CACHE_DIR", str(blocker / "sub"))
    assert cache.cached_marshal("t-2", lambda: [1, 2]) == [1, 2]
